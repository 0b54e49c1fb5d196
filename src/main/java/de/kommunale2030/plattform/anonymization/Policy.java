package de.kommunale2030.plattform.anonymization;

import java.util.Set;

/**
 * What one tenant adds to the rules.
 *
 * @param allowed strings that are never masked wherever they occur: the authority's own names,
 *                departments, the street of the town hall, its own IBANs
 * @param denied  strings that are always masked as {@link EntityType#OTHER} unless a recogniser gives
 *                them a type, e.g. names of local places that identify a person in a small village
 */
public record Policy(Set<String> allowed, Set<String> denied) {

    public static final Policy NONE = new Policy(Set.of(), Set.of());

    public Policy {
        allowed = Set.copyOf(allowed);
        denied = Set.copyOf(denied);
        if (allowed.stream().anyMatch(String::isBlank) || denied.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("Allow- and deny-list entries must not be blank");
        }
    }
}

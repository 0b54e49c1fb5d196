package de.kommunale2030.plattform.protection;

import java.util.List;

/**
 * The access rules one module declares for its endpoints, as a bean. The protection module
 * applies the rules of all modules; whatever none of them names is refused.
 */
public record AccessRules(List<AccessRule> rules) {

    public AccessRules {
        rules = List.copyOf(rules);
    }

    public static AccessRules of(AccessRule... rules) {
        return new AccessRules(List.of(rules));
    }
}

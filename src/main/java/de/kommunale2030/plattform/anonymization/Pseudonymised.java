package de.kommunale2030.plattform.anonymization;

import java.util.List;

/**
 * A text with its personal data replaced by placeholders.
 *
 * @param text         the text that may leave the process
 * @param replacements what was replaced, in text order, with offsets into the original text
 * @param mapping      the way back; keep it in memory only
 */
public record Pseudonymised(String text, List<Replacement> replacements, Mapping mapping) {

    public Pseudonymised {
        replacements = List.copyOf(replacements);
    }

    /**
     * @param entity      the span in the original text
     * @param placeholder what stands there now, e.g. {@code [ADRESSE_1]}
     */
    public record Replacement(Entity entity, String placeholder) {
    }
}

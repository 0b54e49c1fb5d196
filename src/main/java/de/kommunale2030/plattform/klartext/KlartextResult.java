package de.kommunale2030.plattform.klartext;

import java.util.List;

/**
 * One explained notice.
 *
 * @param anonymized  exactly the text that left the process for inference (or would have)
 * @param facts       what the notice says, personal values put back for the clerk
 * @param deadlines   the computed last days to file each remedy, with their assumptions
 * @param explanation the plain-German explanation, personal values put back
 * @param engine      which engine's explanation this is
 * @param fallback    why the language model's explanation was not used, as a key such as
 *                    {@code fact-guard.invented-amount} or {@code inference.timeout}; {@code null}
 *                    when no model was asked or its answer was accepted
 * @param provider    the language model provider asked or meant to be asked (host and port),
 *                    {@code null} if none was
 * @param original    readability of the notice
 * @param explained   readability of the explanation
 */
public record KlartextResult(String anonymized, Facts facts, List<ObjectionDeadline> deadlines,
        Explanation explanation, Engine engine, String fallback, String provider, Readability original, Readability explained) {

    public KlartextResult {
        deadlines = List.copyOf(deadlines);
    }

    public enum Engine {
        BUILT_IN("built-in"), LANGUAGE_MODEL("language-model");

        private final String key;

        Engine(String key) {
            this.key = key;
        }

        /** The engine's name in the CLI output and the audit log. */
        public String key() {
            return key;
        }
    }
}

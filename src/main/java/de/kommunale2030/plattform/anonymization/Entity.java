package de.kommunale2030.plattform.anonymization;

import java.util.Objects;

/**
 * A span of personal data in a text.
 *
 * @param start      index of the first char
 * @param end        index after the last char
 * @param recogniser which rule found it, for diagnosis (never the value)
 * @param confidence 0 to 1: how sure the rule is; validated identifiers are 1
 */
public record Entity(EntityType type, int start, int end, String recogniser, double confidence) {

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recogniser, "recogniser");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Invalid span " + start + ".." + end);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Confidence outside 0..1");
        }
    }

    public int length() {
        return end - start;
    }
}

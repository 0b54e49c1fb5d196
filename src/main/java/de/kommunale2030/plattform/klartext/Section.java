package de.kommunale2030.plattform.klartext;

/**
 * One part of a notice: the characters {@code [start, end)} of the notice's text (UTF-16 offsets
 * into {@link Notice#text()}).
 */
public record Section(Part part, int start, int end) {

    public Section {
        if (part == null || start < 0 || end < start) {
            throw new IllegalArgumentException("A section needs a part and a range");
        }
    }
}

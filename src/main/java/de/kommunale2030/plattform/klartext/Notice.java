package de.kommunale2030.plattform.klartext;

import java.util.List;
import java.util.Optional;

/**
 * A Bescheid's text split into its parts. Parsing never fails: a text that is not a notice yields
 * few or no sections, and the facts then stay empty instead of being guessed.
 */
public final class Notice {

    private final String text;
    /** The text with the lines a PDF wrapped joined again: same length, so every offset fits both. */
    private final String joined;
    private final List<Section> sections;

    private Notice(String text, String joined, List<Section> sections) {
        this.text = text;
        this.joined = joined;
        this.sections = List.copyOf(sections);
    }

    /** Splits {@code text} (usually pseudonymised) into its parts. */
    public static Notice parse(String text) {
        var content = text == null ? "" : text;
        var joined = Wrapping.unwrapped(content);
        return new Notice(content, joined, Sections.split(joined));
    }

    public String text() {
        return text;
    }

    /** The recognised parts in text order; parts the notice lacks are absent. */
    public List<Section> sections() {
        return sections;
    }

    /** The text of the first section of {@code part}, if the notice has one. */
    public Optional<String> part(Part part) {
        return sections.stream().filter(s -> s.part() == part).findFirst()
                .map(s -> text.substring(s.start(), s.end()));
    }

    /** What the notice says (deterministic extraction, no AI). */
    public Facts facts() {
        return FactExtraction.of(new Layout(joined, sections));
    }
}

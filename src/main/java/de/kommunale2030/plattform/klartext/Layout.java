package de.kommunale2030.plattform.klartext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A notice's text with its sections, and the sentences of chosen parts in text order. */
record Layout(String text, List<Section> sections) {

    /** The text of the first section of {@code part}, or {@code null}. */
    String first(Part part) {
        for (var section : sections) {
            if (section.part() == part) {
                return text.substring(section.start(), section.end());
            }
        }
        return null;
    }

    /** The first section of {@code part}, or {@code null}. */
    Section section(Part part) {
        return sections.stream().filter(s -> s.part() == part).findFirst().orElse(null);
    }

    /**
     * Longer than any sentence a letter has (the corpora's longest line has under 1,000
     * characters): a longer one is pasted text without stops or line breaks, read only up to here
     * so that the dozens of cue patterns run over each sentence stay cheap.
     */
    static final int LONGEST_SENTENCE = 2_000;

    /** The sentences of every section of the given parts, in text order, each cut to {@link #LONGEST_SENTENCE}. */
    List<Sentences.Span> sentences(Set<Part> parts) {
        var spans = new ArrayList<Sentences.Span>();
        for (var section : sections) {
            if (parts.contains(section.part())) {
                for (var span : Sentences.split(text, section.start(), section.end())) {
                    spans.add(new Sentences.Span(span.start(), Math.min(span.end(), span.start() + LONGEST_SENTENCE)));
                }
            }
        }
        return spans;
    }

    /** The lines of every section of the given parts as sentences-like spans, in text order. */
    List<Sentences.Span> lines(Set<Part> parts) {
        var spans = new ArrayList<Sentences.Span>();
        for (var section : sections) {
            if (!parts.contains(section.part())) {
                continue;
            }
            var start = section.start();
            for (var i = section.start(); i <= section.end(); i++) {
                if (i == section.end() || text.charAt(i) == '\n') {
                    if (!text.substring(start, i).isBlank()) {
                        spans.add(new Sentences.Span(start, i));
                    }
                    start = i + 1;
                }
            }
        }
        return spans;
    }
}

package de.kommunale2030.plattform.klartext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plain-German explanation in the fixed structure every engine answers in, most important first.
 * The built-in engine builds it; a language model's answer is parsed into it by its headings.
 */
public record Explanation(List<Block> blocks) {

    public Explanation {
        blocks = List.copyOf(blocks);
    }

    /** The headings, in this order, as the citizen reads them. */
    public enum Heading {
        WORUM_GEHT_ES("Worum geht es?"),
        WAS_MUESSEN_SIE_TUN("Was müssen Sie tun?"),
        BIS_WANN("Bis wann?"),
        WIE_VIEL("Wie viel?"),
        NICHT_EINVERSTANDEN("Was können Sie tun, wenn Sie nicht einverstanden sind?"),
        WICHTIGE_BEGRIFFE("Wichtige Begriffe");

        private final String title;

        Heading(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** One heading and its paragraphs (a glossary entry is one paragraph "Begriff: Erklärung."). */
    public record Block(Heading heading, List<String> paragraphs) {

        public Block {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** Headings on their own lines, paragraphs separated by blank lines. */
    public String text() {
        var out = new StringBuilder();
        for (var block : blocks) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(block.heading().title());
            for (var paragraph : block.paragraphs()) {
                out.append("\n\n").append(paragraph);
            }
        }
        return out.toString();
    }

    /**
     * Reads a language model's answer: a line that is one of the headings (Markdown marks and a
     * trailing colon ignored) starts its block; blank lines separate paragraphs. Text before the
     * first heading, a heading twice or out of order, or no heading at all is no answer in the
     * required structure.
     */
    public static Optional<Explanation> parse(String answer) {
        var blocks = new ArrayList<Block>();
        Heading heading = null;
        var paragraphs = new ArrayList<String>();
        var paragraph = new StringBuilder();
        for (var line : answer.strip().split("\\R", -1)) {
            var asHeading = heading(line);
            if (asHeading.isPresent()) {
                if (heading != null && asHeading.get().ordinal() <= heading.ordinal()) {
                    return Optional.empty();
                }
                close(paragraph, paragraphs);
                if (heading != null) {
                    blocks.add(new Block(heading, paragraphs));
                }
                heading = asHeading.get();
                paragraphs = new ArrayList<>();
            }
            else if (line.isBlank()) {
                close(paragraph, paragraphs);
            }
            else if (heading == null) {
                return Optional.empty();
            }
            else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        if (heading == null) {
            return Optional.empty();
        }
        close(paragraph, paragraphs);
        blocks.add(new Block(heading, paragraphs));
        return Optional.of(new Explanation(blocks));
    }

    private static Optional<Heading> heading(String line) {
        var bare = line.strip().replaceAll("^[#*_\\s]+|[*_:\\s]+$", "");
        for (var heading : Heading.values()) {
            if (heading.title().equalsIgnoreCase(bare)) {
                return Optional.of(heading);
            }
        }
        return Optional.empty();
    }

    private static void close(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}

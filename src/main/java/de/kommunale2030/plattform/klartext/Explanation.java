package de.kommunale2030.plattform.klartext;

import java.util.List;

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
}

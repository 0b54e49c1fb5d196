package de.kommunale2030.plattform.klartext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ExplanationTests {

    @Test
    void readsAnAnswerByItsHeadingsIgnoringMarkdown() {
        var parsed = Explanation.parse("""
                ## Worum geht es?
                Die Gemeinde hat die Grundsteuer festgesetzt.
                Sie gilt ab 2025.

                Zweiter Absatz.
                **Was müssen Sie tun?**
                Zahlen Sie.
                Wie viel?:
                472,01 €.
                """).orElseThrow();
        assertThat(parsed.blocks()).extracting(Explanation.Block::heading).containsExactly(
                Explanation.Heading.WORUM_GEHT_ES, Explanation.Heading.WAS_MUESSEN_SIE_TUN, Explanation.Heading.WIE_VIEL);
        assertThat(parsed.blocks().getFirst().paragraphs())
            .containsExactly("Die Gemeinde hat die Grundsteuer festgesetzt. Sie gilt ab 2025.", "Zweiter Absatz.");
    }

    @Test
    void refusesTextOutsideTheStructure() {
        assertThat(Explanation.parse("Hier ist Ihre Erklärung:\nWorum geht es?\nText")).isEmpty();
        assertThat(Explanation.parse("Nur ein Absatz ohne Überschrift.")).isEmpty();
        assertThat(Explanation.parse("Wie viel?\n1 €\nWorum geht es?\nText")).isEmpty();
    }

    @Test
    void writesAndReadsTheSameStructure() {
        var explanation = new Explanation(List.of(
                new Explanation.Block(Explanation.Heading.WORUM_GEHT_ES, List.of("Eins.", "Zwei.")),
                new Explanation.Block(Explanation.Heading.BIS_WANN, List.of("Bis morgen."))));
        assertThat(Explanation.parse(explanation.text())).contains(explanation);
    }

    @Property(tries = 500)
    void neverFailsOnArbitraryAnswers(@ForAll String answer) {
        Explanation.parse(answer);
    }
}

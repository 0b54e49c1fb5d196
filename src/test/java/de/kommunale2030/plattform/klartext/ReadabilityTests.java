package de.kommunale2030.plattform.klartext;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Readability figures against values computed by hand, the sentence splitting German official texts
 * need (abbreviations, dates, amounts, ordinals, headings), and a property that any text is measured.
 */
class ReadabilityTests {

    @Test
    void measuresTwoShortSentencesAsComputedByHand() {
        // Der(1) Hund(1) bellt(1) / Die(1) Katze(2) schläft(1): 6 words, 7 syllables, "schläft" has 7 letters
        var figures = Readability.of("Der Hund bellt. Die Katze schläft.");

        assertThat(figures.sentences()).isEqualTo(2);
        assertThat(figures.words()).isEqualTo(6);
        assertThat(figures.meanSentenceLength()).isEqualTo(3.0);
        assertThat(figures.fleschAmstad()).isCloseTo(180 - 3 - 58.5 * 7 / 6, within(1e-9)).isCloseTo(108.75, within(1e-9));
        assertThat(figures.wienerSachtextformel())
            .isCloseTo(0.1935 * 0 + 0.1672 * 3 + 0.1297 * (100.0 / 6) - 0.0327 * (500.0 / 6) - 0.875, within(1e-9))
            .isCloseTo(-0.936733, within(1e-5));
        assertThat(figures.lix()).isCloseTo(3 + 100.0 / 6, within(1e-9));
        assertThat(figures.shareOfShortSentences()).isEqualTo(1.0);
    }

    @Test
    void countsAHeadingAsItsOwnSentenceAndAPlaceholderAsOneWord() {
        // heading: Wichtige(3) Begriffe(3); sentence: Sie(1) zahlen(2) an(1) [PERSON_1](2) am(1) 15(1)
        // Februar(3) 2027(1) insgesamt(3) 2.186,00(1) — "€" is no word: 12 words, 22 syllables
        var figures = Readability.of("Wichtige Begriffe\nSie zahlen an [PERSON_1] am 15. Februar 2027 insgesamt 2.186,00 €.");

        assertThat(figures.sentences()).isEqualTo(2);
        assertThat(figures.words()).isEqualTo(12);
        assertThat(figures.fleschAmstad()).isCloseTo(180 - 6 - 58.5 * 22 / 12, within(1e-9));
    }

    @Test
    void countsTheShareOfSentencesUpToFifteenWords() {
        var sixteen = "Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn.";
        var fifteen = "Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn.";

        assertThat(Readability.of(sixteen + " " + fifteen).shareOfShortSentences()).isEqualTo(0.5);
        assertThat(Readability.of(fifteen).shareOfShortSentences()).isEqualTo(1.0);
    }

    @Test
    void doesNotSplitAtAbbreviationsDatesAmountsOrOrdinals() {
        assertThat(Readability.sentences("Nach § 41 Abs. 2 VwVfG gilt er z. B. als bekannt gegeben. Das ist der 15. Februar 2025."))
            .containsExactly("Nach § 41 Abs. 2 VwVfG gilt er z. B. als bekannt gegeben.", "Das ist der 15. Februar 2025.");
        assertThat(Readability.sentences("Zahlen Sie 2.186,00 € bis zum 15.02.2025. Danke."))
            .containsExactly("Zahlen Sie 2.186,00 € bis zum 15.02.2025.", "Danke.");
        assertThat(Readability.sentences("Es gilt § 3 Nr. 5 i. V. m. § 240 AO. Gezeichnet i. A. Müller."))
            .containsExactly("Es gilt § 3 Nr. 5 i. V. m. § 240 AO.", "Gezeichnet i. A. Müller.");
        assertThat(Readability.sentences("Die Grundsteuer B. Sie ist fällig. Jahr 2025. Neu ab 1. Juli."))
            .containsExactly("Die Grundsteuer B.", "Sie ist fällig.", "Jahr 2025.", "Neu ab 1. Juli.");
    }

    @Test
    void endsSentencesAtQuestionAndExclamationMarksQuotesAndLineBreaks() {
        assertThat(Readability.sentences("Bis wann?\n\nWichtige Begriffe\nSie sagt: „Zahlen Sie.“ Fragen? Rufen Sie an!"))
            .containsExactly("Bis wann?", "Wichtige Begriffe", "Sie sagt: „Zahlen Sie.“", "Fragen?", "Rufen Sie an!");
    }

    @Test
    void countsGermanSyllablesWithDiphthongsAsOneNucleus() {
        assertThat(Readability.syllables("Steuer")).isEqualTo(2);
        assertThat(Readability.syllables("Bauer")).isEqualTo(2);
        assertThat(Readability.syllables("Theater")).isEqualTo(3);
        assertThat(Readability.syllables("Quelle")).isEqualTo(2);
        assertThat(Readability.syllables("Idee")).isEqualTo(2);
        assertThat(Readability.syllables("Bescheid")).isEqualTo(2);
        assertThat(Readability.syllables("Säumniszuschläge")).isEqualTo(5);
        assertThat(Readability.syllables("Rechtsbehelfsbelehrung")).isEqualTo(6);
        assertThat(Readability.syllables("Häuser")).isEqualTo(2);
        assertThat(Readability.syllables("BGB")).isEqualTo(1);
        assertThat(Readability.syllables("2025")).isEqualTo(1);
        assertThat(Readability.syllables("[AKTENZEICHEN_1]")).isEqualTo(2);
    }

    @Test
    void scoresATextWithoutWordsZero() {
        assertThat(Readability.of("")).isEqualTo(new Readability(0, 0, 0, 0, 0, 0, 0));
        assertThat(Readability.of("€ – § …\n\n")).isEqualTo(new Readability(0, 0, 0, 0, 0, 0, 0));
        assertThat(Readability.of(null).words()).isZero();
    }

    @Property(tries = 500)
    void measuresAnyTextWithFiniteFigures(@ForAll String text) {
        var figures = Readability.of(text);

        assertThat(figures.sentences()).isBetween(0, Math.max(0, figures.words()));
        assertThat(figures.shareOfShortSentences()).isBetween(0.0, 1.0);
        for (var value : new double[] {figures.fleschAmstad(), figures.wienerSachtextformel(), figures.lix(),
            figures.meanSentenceLength()}) {
            assertThat(Double.isFinite(value)).isTrue();
        }
    }
}

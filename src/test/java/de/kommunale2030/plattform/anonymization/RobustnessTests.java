package de.kommunale2030.plattform.anonymization;

import java.time.Duration;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Any input gives a result within bounded time: no pattern may backtrack without limit. The bounds are
 * generous because other builds share the machine; the real figures are in docs/performance.md.
 */
class RobustnessTests {

    /** Pieces of letters that the generator recombines into text that looks like a letter to every rule. */
    private static final String[] FRAGMENTS = { "Herr ", "Frau ", "Herrn\n", "Sehr geehrte Frau ", "Müller", "Großkopf",
            "GROSSKOPF, Hans", "H.-J. ", "von ", "van den ", "Al-", "Lange", " und ", ", ", ". ", "\n", "\n\n", "geb. ",
            "geboren am 12.04.1938", "Kassenzeichen: ", "6.3100.01284.7", "IBAN DE89 3704 0044 0532 0130 00", "DE89",
            "BIC COBADEFFXXX", "Telefon 0221 12345-67", "-0", "+49 (0)171 ", "a.b@c.de", "@", "Weiherstraße 23 a",
            "66849 Landstuhl", "Am ", "Flurstück 217/3", "Gemarkung X, ", "NI-YT 482", "53 120347 H 504", "T22CFR0W69",
            "21375916846", "Mit freundlichen Grüßen\nIm Auftrag\n\n", "Emilia ", "Sommer", "[PERSON_1]", "[", "]",
            "§ 28 GrStG", "1.234,56 €", "Stadtkasse ", "Konto ", "c/o ", "Postfach 12 34", "ı", "ß", "ẞ", "\u0301",
            "\u202E", "שלום ", "مرحبا ", "\uD83D\uDE00", "\u0000", "\t", "Reisepass Nr. ", "Zeichen ", "-Nr.: " };

    private final Anonymizer anonymizer = new Anonymizer();

    @Provide
    Arbitrary<String> letterLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void reidentifyRestoresLetterLikeText(@ForAll("letterLike") String text) {
        var result = anonymizer.pseudonymise(text);
        assertThat(Anonymizer.reidentify(result.text(), result.mapping())).isEqualTo(text);
        for (var replacement : result.replacements()) {
            assertThat(result.mapping().original(replacement.placeholder()))
                .contains(text.substring(replacement.entity().start(), replacement.entity().end()));
        }
    }

    @Property(tries = 2000)
    void reidentifyRestoresArbitraryText(@ForAll String text) {
        var result = anonymizer.pseudonymise(text);
        assertThat(Anonymizer.reidentify(result.text(), result.mapping())).isEqualTo(text);
    }

    @Property(tries = 300)
    void answersEveryInputWithinBoundedTime(@ForAll("letterLike") String prefix, @ForAll String noise) {
        var text = (prefix + noise).repeat(20);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> anonymizer.pseudonymise(text));
    }

    @Test
    void answersEmptyAndWhitespaceText() {
        assertThat(anonymizer.analyse("")).isEmpty();
        assertThat(anonymizer.pseudonymise("  \n\n ").text()).isEqualTo("  \n\n ");
    }

    @Test
    void answersBinaryGarbageRightToLeftAndCombiningCharacters() {
        var random = new Random(6);
        var garbage = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            garbage.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        var unusual = "\u202Eשלום Herr מרים כהן\u202C مرحبا Frau Öz\u0308türk Z\u0335a\u0336l\u0337g\u0338o "
                + "Frau 𝔐𝔲𝔩𝔩𝔢𝔯 \uFEFF Herr Ｍüller \uD800 Lange";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            var result = anonymizer.pseudonymise(garbage.toString());
            assertThat(Anonymizer.reidentify(result.text(), result.mapping())).isEqualTo(garbage.toString());
            var other = anonymizer.pseudonymise(unusual);
            assertThat(Anonymizer.reidentify(other.text(), other.mapping())).isEqualTo(unusual);
        });
    }

    @Test
    void answersTenMegabytesOfLettersWithinBoundedTime() {
        var letter = """
                Herrn
                Hans-Jürgen Großkopf
                Weiherstraße 23 a
                66849 Landstuhl

                Kassenzeichen: 6.3100.01284.7
                Sehr geehrter Herr Großkopf, bitte zahlen Sie 2.186,00 € von Ihrem Konto IBAN DE89 3704 0044 0532 0130 00.

                """;
        var text = letter.repeat(10_000_000 / letter.length() + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            var result = anonymizer.pseudonymise(text);
            assertThat(result.text()).doesNotContain("Großkopf").contains("2.186,00 €");
        });
    }

    @Test
    void answersPathologicalRepetitions() {
        var inputs = new String[] { "1 ".repeat(500_000), "AB CD ".repeat(200_000), "a.".repeat(500_000) + "@",
                "Herr ".repeat(200_000), "Ä".repeat(1_000_000), "0".repeat(1_000_000), "DE89 ".repeat(200_000),
                "Straße 1 ".repeat(100_000), "steuer@amt.de Steuerbescheid ".repeat(100_000), distinctMailboxes(50_000),
                ", Am Ried 1".repeat(100_000), "bei der Stadt Musterstadt, Lindenweg 4, ".repeat(50_000),
                "Kinder: Mila (4) und ".repeat(100_000), "Steuernummer beim Finanzamt ".repeat(100_000) };
        for (var input : inputs) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> anonymizer.analyse(input));
        }
    }

    /** Letters only, all different: every one is a mailbox the task-name test has to look at. */
    private static String distinctMailboxes(int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            var local = new StringBuilder();
            for (int n = i + 26 * 26 * 26; n > 0; n /= 26) {
                local.append((char) ('a' + n % 26));
            }
            text.append(local).append("@amt.de ");
        }
        return text.toString();
    }
}

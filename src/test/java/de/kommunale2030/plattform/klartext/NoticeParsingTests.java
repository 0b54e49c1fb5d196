package de.kommunale2030.plattform.klartext;

import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Splitting a notice into its parts: the parts of real layouts in order, every corpus letter cut
 * into ordered, disjoint sections, no facts from a text that is no notice, and parsing that never
 * fails and stays fast on arbitrary, mangled and pathological input.
 */
class NoticeParsingTests {

    private static final Duration QUICKLY = Duration.ofSeconds(2);

    @Test
    void aFriedhofsbescheidIsSplitIntoItsPartsInOrder() {
        var notice = Notice.parse(CorpusLetters.byId("friedhof-01").pseudonymised());

        assertThat(notice.sections()).extracting(Section::part).containsExactly(Part.BRIEFKOPF, Part.ADRESSFELD,
                Part.BEZUGSZEICHEN, Part.BETREFF, Part.ANREDE, Part.TENOR, Part.BERECHNUNG, Part.FAELLIGKEITEN,
                Part.BEGRUENDUNG, Part.RECHTSBEHELFSBELEHRUNG, Part.HINWEISE, Part.GRUSS);
        assertThat(notice.part(Part.BETREFF)).hasValueSatisfying(subject -> assertThat(subject).startsWith("Friedhofsgebührenbescheid\n"));
        assertThat(notice.part(Part.BEZUGSZEICHEN)).hasValueSatisfying(reference -> assertThat(reference).endsWith("Datum: 18.03.2025"));
        assertThat(notice.part(Part.TENOR)).hasValueSatisfying(tenor -> assertThat(tenor).contains("1. Festsetzung"));
        assertThat(notice.part(Part.FAELLIGKEITEN)).hasValueSatisfying(due -> assertThat(due).startsWith("3. Fälligkeit und Zahlung"));
    }

    @Test
    void aBavarianPermitWithGruendeAndACostStatementIsSplitByItsOwnHeadings() {
        var notice = Notice.parse(CorpusLetters.byId("gaststaette-01").pseudonymised());

        assertThat(notice.sections()).extracting(Section::part).containsExactly(Part.BRIEFKOPF, Part.ADRESSFELD,
                Part.BEZUGSZEICHEN, Part.BETREFF, Part.ANREDE, Part.TENOR, Part.BERECHNUNG, Part.BEGRUENDUNG,
                Part.RECHTSBEHELFSBELEHRUNG, Part.HINWEISE, Part.GRUSS);
        assertThat(notice.part(Part.BERECHNUNG)).hasValueSatisfying(costs -> assertThat(costs).startsWith("Kostenaufstellung"));
        assertThat(notice.part(Part.BEGRUENDUNG)).hasValueSatisfying(reasons -> assertThat(reasons).startsWith("Gründe:"));
    }

    @Test
    void aPublicNoticeWithoutSalutationIsSplitAtItsNumberedHeadings() {
        var notice = Notice.parse(CorpusLetters.byId("grundsteuer-bekanntmachung-own-01").pseudonymised());

        assertThat(notice.sections()).extracting(Section::part).containsExactly(Part.BRIEFKOPF, Part.BETREFF, Part.TENOR,
                Part.FAELLIGKEITEN, Part.ZAHLUNGSHINWEISE, Part.RECHTSBEHELFSBELEHRUNG, Part.HINWEISE);
    }

    @Test
    void everyCorpusLetterIsCutIntoOrderedDisjointSectionsThatStartWithTheLetterhead() {
        for (var letter : CorpusLetters.all()) {
            var notice = Notice.parse(letter.pseudonymised());
            var sections = notice.sections();
            assertThat(sections).as(letter.id()).isNotEmpty();
            assertThat(sections.getFirst().part()).as(letter.id()).isEqualTo(Part.BRIEFKOPF);
            for (var i = 1; i < sections.size(); i++) {
                assertThat(sections.get(i).start()).as(letter.id()).isGreaterThanOrEqualTo(sections.get(i - 1).end());
            }
            assertThat(sections.getLast().end()).as(letter.id()).isLessThanOrEqualTo(notice.text().length());
        }
    }

    @Test
    void aTextThatIsNoNoticeGivesNoFacts() {
        var shoppingList = """
                Einkaufsliste für Samstag

                Milch, Brot und Äpfel für 12,50 €
                Bitte bis zum 15.02.2025 an Oma denken.
                Rückfragen nach § 3 Abs. 1 Familienrat (FamR).
                """;
        for (var text : List.of(shoppingList, "", "Sehr geehrte Damen und Herren,", "Rechtsbehelfsbelehrung")) {
            var facts = Notice.parse(text).facts();
            assertThat(facts).as(text).isEqualTo(new Facts(null, Kind.SONSTIGER, null, null, null, null, List.of(), null, null,
                    List.of(), List.of()));
        }
        assertThat(Notice.parse(null).sections()).isEmpty();
    }

    @Property(tries = 300)
    void parsingAndExtractionNeverFailAndFinishQuicklyOnArbitraryText(@ForAll String text) {
        assertParsesQuickly(text);
    }

    @Property(tries = 200)
    void parsingAndExtractionNeverFailAndFinishQuicklyOnMangledCorpusLetters(@ForAll("mangledLetters") String text) {
        assertParsesQuickly(text);
    }

    @Test
    void pathologicalInputsFinishQuickly() {
        var letter = CorpusLetters.byId("stundung-01").pseudonymised();
        for (var text : List.of("§ 1" + ", 2".repeat(20_000) + " AO", "15.02.2025 ".repeat(20_000) + "fällig",
                "Bitte zahlen Sie " + "1.000,00 € ".repeat(20_000), "(AO) ".repeat(20_000),
                "Datum: 18.03.2025\n".repeat(10_000) + "Sehr geehrte Frau,\n", "a".repeat(200_000),
                "Rechtsbehelfsbelehrung\n\n" + "Widerspruch innerhalb eines Monats nach Bekanntgabe beim Amt, ".repeat(5_000),
                letter.repeat(40))) {
            assertParsesQuickly(text);
        }
    }

    @Provide
    Arbitrary<String> mangledLetters() {
        var letters = Arbitraries.of(CorpusLetters.all()).map(CorpusLetters.Letter::pseudonymised);
        return Combinators.combine(letters, Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.of("cut", "duplicate", "truncate")).as((text, a, b, how) -> {
                    var from = (int) (Math.min(a, b) * text.length());
                    var to = (int) (Math.max(a, b) * text.length());
                    return switch (how) {
                        case "cut" -> text.substring(0, from) + text.substring(to);
                        case "duplicate" -> text.substring(0, to) + text.substring(from);
                        default -> text.substring(0, from);
                    };
                });
    }

    private static void assertParsesQuickly(String text) {
        var started = System.nanoTime();
        assertThatCode(() -> Notice.parse(text).facts()).doesNotThrowAnyException();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
    }
}

package de.kommunale2030.plattform.klartext;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

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

    /** How real input differs from the corpus: blanks, line ends and the wording of the remedy period. */
    enum Mangling {
        DOUBLED_BLANKS((text, random) -> replaceSome(text, " ", () -> random.nextBoolean() ? "  " : "   ", random)),
        NO_BREAK_SPACES((text, random) -> replaceSome(text, " ", () -> "\u00A0", random)),
        TABS((text, random) -> replaceSome(text, " ", () -> "\t", random)),
        CRLF((text, random) -> text.replace("\n", "\r\n")),
        PARAGRAPH_ON_ONE_LINE((text, random) -> {
            var paragraphs = text.split("\n\n", -1);
            var chosen = random.nextInt(paragraphs.length);
            paragraphs[chosen] = paragraphs[chosen].replace('\n', ' ');
            return String.join("\n\n", paragraphs);
        }),
        WHOLE_LETTER_ON_ONE_LINE((text, random) -> text.replace('\n', ' ')),
        PERIOD_IN_DAYS((text, random) -> text.replace("innerhalb eines Monats",
                List.of("innerhalb von 10 Tagen", "binnen 14 Tagen", "innerhalb einer Woche", "innerhalb von 1 Tag",
                        "innerhalb von 0 Tagen", "innerhalb  von 10 Tagen").get(random.nextInt(6))));

        private final BiFunction<String, Random, String> how;

        Mangling(BiFunction<String, Random, String> how) {
            this.how = how;
        }

        String apply(String text, Random random) {
            return how.apply(text, random);
        }

        /** Replaces each occurrence of {@code what} with a probability of one half, so the result mixes both. */
        private static String replaceSome(String text, String what, Supplier<String> by, Random random) {
            var result = new StringBuilder(text.length() + 64);
            var from = 0;
            for (var at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
                result.append(text, from, at).append(random.nextBoolean() ? by.get() : what);
                from = at + what.length();
            }
            return result.append(text.substring(from)).toString();
        }
    }

    @Property(tries = 300)
    void factsAndDeadlinesNeverFailAndFinishQuicklyOnLettersMangledLikeRealInput(@ForAll("letterIds") String id,
            @ForAll("manglings") Set<Mangling> manglings, @ForAll long seed) {
        var random = new Random(seed);
        var text = CorpusLetters.byId(id).pseudonymised();
        for (var mangling : Mangling.values()) {
            if (manglings.contains(mangling)) {
                text = mangling.apply(text, random);
            }
        }
        var mangled = text;
        var started = System.nanoTime();
        assertThatCode(() -> Klartext.deadlines(Notice.parse(mangled).facts(), new Deadlines(4, Land.BY)))
            .doesNotThrowAnyException();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
    }

    @Provide
    Arbitrary<String> letterIds() {
        return Arbitraries.of(CorpusLetters.all().stream().map(CorpusLetters.Letter::id).toList());
    }

    @Provide
    Arbitrary<Set<Mangling>> manglings() {
        return Arbitraries.of(Mangling.class).set().ofMinSize(1);
    }

    @Test
    void aTwoMegabyteTenorLineWithManySeparableVerbsCostsNoQuadraticWork() {
        var letter = CorpusLetters.byId("friedhof-01").pseudonymised();
        var salutation = letter.indexOf("\n", letter.indexOf("Sehr geehrte")) + 1;
        for (var line : List.of("Die Stadt setzt die Gebühr auf 10,00 € fest und ".repeat(45_000),
                "Die Stadt setzt die Gebühr, wie die Satzung es vorsieht, ".repeat(37_000))) {
            assertThat(line.length()).isGreaterThan(2_000_000);
            var text = letter.substring(0, salutation) + line + "\n\n" + letter.substring(salutation);
            // about 0.5 s warm on a quiet machine; a quadratic pattern takes hours, so a bound far above
            // the figure catches it without failing on a loaded build machine (speed itself: bench/klartext.sh)
            var started = System.nanoTime();
            Notice.parse(text).facts();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void aDoubledBlankBeforeALawNamedWithItsAbbreviationIsNoCrash() {
        assertThat(LegalBases.of("Die Steuer wird nach dem  Grundsteuergesetz (GrStG) erhoben."))
            .containsExactly("Grundsteuergesetz (GrStG)");
        assertThat(LegalBases.of("Die Steuer wird nach dem \t\u00A0Grundsteuergesetz (GrStG) erhoben."))
            .containsExactly("Grundsteuergesetz (GrStG)");
        assertThat(LegalBases.of("  (GrStG)")).isEmpty();
    }

    @Test
    void aRemedyPeriodCountedInDaysGivesADeadline() {
        var letter = CorpusLetters.byId("friedhof-01").pseudonymised();
        assertThat(letter).contains("innerhalb eines Monats");
        var facts = Notice.parse(letter.replace("innerhalb eines Monats", "innerhalb von 10 Tagen")).facts();

        assertThat(facts.remedies()).isNotEmpty().allSatisfy(remedy -> assertThat(remedy.period()).isEqualTo(Period.ofDays(10)));
        var deadlines = Klartext.deadlines(facts, new Deadlines(4, Land.BY));
        assertThat(deadlines).isNotEmpty().allSatisfy(deadline -> {
            assertThat(deadline.regularEnd()).isEqualTo(facts.noticeDate().plusDays(4 + 10));
            assertThat(deadline.lastDay()).isAfterOrEqualTo(deadline.regularEnd()).isBefore(deadline.regularEnd().plusDays(5));
        });
    }

    @Test
    void aPeriodOfZeroDaysIsNoRemedy() {
        var instruction = "Gegen diesen Bescheid kann innerhalb von 0 Tagen nach Bekanntgabe Widerspruch erhoben werden.";
        assertThat(Remedies.of(instruction)).isEmpty();
        assertThat(Remedies.of(instruction.replace("0 Tagen", "14 Tagen")))
            .extracting(Remedy::period).containsExactly(Period.ofDays(14));
    }

    @Test
    void anIbanWrittenWithNoBreakSpacesIsTheAuthoritysAccount() {
        for (var blank : List.of(" ", "\u00A0", "\u202F")) {
            var iban = String.join(blank, "DE89", "3704", "0044", "0532", "0130", "00");
            assertThat(Payments.account("Konto: " + iban + ", Sparkasse")).as("%04x", (int) blank.charAt(0)).isEqualTo(iban);
        }
        assertThat(Payments.account("Konto: DE89\u00A03704\u00A00044\u00A00532\u00A00130\u00A001")).as("wrong check digits").isNull();
    }

    private static void assertParsesQuickly(String text) {
        var started = System.nanoTime();
        assertThatCode(() -> Notice.parse(text).facts()).doesNotThrowAnyException();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
    }
}

package de.kommunale2030.plattform.klartext;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.kommunale2030.plattform.klartext.ExplainerCases.Case;
import de.kommunale2030.plattform.klartext.Explanation.Heading;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in explainer on hand-built facts of one corpus letter per kind, on the fallback and on
 * empty facts, and as a property over random facts: every amount, date, period and placeholder of
 * the facts appears, the deadline comes with its assumption, and the plain-language targets hold.
 */
class BuiltInExplainerTests {

    private static final DateTimeFormatter WRITTEN_OUT = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z]+_\\d+]");
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d.]*,\\d{2} €");

    private final BuiltInExplainer explainer = new BuiltInExplainer(Glossary.standard());

    static List<Case> cases() {
        return ExplainerCases.all();
    }

    private Explanation explain(Case letter) {
        return explainer.explain(letter.facts(), letter.deadlines(), letter.noticeText());
    }

    /** The explanation without the glossary, which quotes no facts. */
    private static String body(Explanation explanation) {
        return new Explanation(explanation.blocks().stream()
            .filter(b -> b.heading() != Heading.WICHTIGE_BEGRIFFE).toList()).text();
    }

    private static String written(Money money) {
        return money.asWritten().replaceAll("[^0-9.,]", "") + " €";
    }

    private static String written(Period period) {
        if (period.getMonths() > 0) {
            return period.getMonths() + (period.getMonths() == 1 ? " Monat" : " Monate");
        }
        var weeks = period.getDays() / 7;
        return weeks + (weeks == 1 ? " Woche" : " Wochen");
    }

    private static Set<String> placeholders(String text) {
        var found = new HashSet<String>();
        if (text != null) {
            PLACEHOLDER.matcher(text).results().forEach(m -> found.add(m.group()));
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersInTheFixedOrderOfHeadings(Case letter) {
        var headings = explain(letter).blocks().stream().map(Explanation.Block::heading).toList();

        assertThat(headings).isSortedAccordingTo(Enum::compareTo).doesNotHaveDuplicates()
            .contains(Heading.WORUM_GEHT_ES, Heading.WAS_MUESSEN_SIE_TUN, Heading.BIS_WANN, Heading.WIE_VIEL,
                Heading.NICHT_EINVERSTANDEN, Heading.WICHTIGE_BEGRIFFE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void repeatsEveryAmountDueDatePeriodAndPlaceholderOfTheFacts(Case letter) {
        var facts = letter.facts();
        var text = body(explain(letter));

        if (facts.total() != null) {
            assertThat(text).contains(written(facts.total()));
        }
        for (var instalment : facts.instalments()) {
            if (instalment.amount() != null) {
                assertThat(text).contains(written(instalment.amount()));
            }
            assertThat(text).contains(instalment.due() != null
                ? WRITTEN_OUT.format(instalment.due()) : "„" + instalment.dueAsWritten() + "“");
        }
        for (var remedy : facts.remedies()) {
            assertThat(text).contains(remedy.kind().label(), written(remedy.period()));
        }
        var given = new HashSet<String>();
        Stream.of(facts.paymentReference(), facts.account(), facts.decision(), facts.subject())
            .forEach(value -> given.addAll(placeholders(value)));
        assertThat(placeholders(text)).as("placeholders are kept, none invented").isEqualTo(given);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void statesEachComputedLastDayWithItsAssumption(Case letter) {
        var text = body(explain(letter));

        for (var deadline : letter.deadlines()) {
            assertThat(text).contains("Der Bescheid ist vom " + WRITTEN_OUT.format(deadline.posted()) + ".",
                WRITTEN_OUT.format(deadline.announced()),
                "Der letzte Tag ist also der " + WRITTEN_OUT.format(deadline.lastDay()) + ".",
                "Maßgeblich ist immer die Rechtsbehelfsbelehrung im Bescheid.");
            assertThat(text).contains("Er gilt 4 Tage nach der Aufgabe zur Post als bekannt gegeben.",
                "Kam der Bescheid später bei Ihnen an?");
        }
        if (letter.facts().remedies().isEmpty()) {
            assertThat(text).contains("Der Brief nennt keinen Rechtsbehelf");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesNoAmountTheFactsDoNotHold(Case letter) {
        var facts = letter.facts();
        var known = new HashSet<String>();
        if (facts.total() != null) {
            known.add(written(facts.total()));
        }
        facts.instalments().stream().map(Instalment::amount).filter(Objects::nonNull).forEach(m -> known.add(written(m)));
        AMOUNT.matcher(facts.decision()).results().forEach(m -> known.add(m.group()));

        var named = AMOUNT.matcher(body(explain(letter))).results().map(m -> m.group()).toList();
        assertThat(known).containsAll(named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void meetsThePlainLanguageTargets(Case letter) {
        var figures = Readability.of(explain(letter).text());

        assertThat(figures.fleschAmstad()).as("Amstad").isGreaterThanOrEqualTo(60);
        assertThat(figures.shareOfShortSentences()).as("share of sentences up to 15 words").isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void explainsEachTermOfTheExplanationOnce(Case letter) {
        var explanation = explain(letter);
        var glossary = explanation.blocks().getLast();

        assertThat(glossary.heading()).isEqualTo(Heading.WICHTIGE_BEGRIFFE);
        assertThat(glossary.paragraphs()).doesNotHaveDuplicates()
            .containsAll(Glossary.standard().occurringIn(body(explanation)).stream().map(Glossary.Entry::asParagraph).toList());
    }

    @Test
    void explainsAGrundsteuerbescheidWithItsInstalmentsAndTheComputedDeadline() {
        var letter = cases().getFirst();
        var text = explain(letter).text();

        assertThat(text).contains("Es ist ein Grundsteuerbescheid.", "Der Brief kommt von: Gemeinde Rottensee.",
            "Zahlen Sie 118,01 € bis zum 15. Februar 2025.", "Zahlen Sie 118,00 € bis zum 15. November 2025.",
            "Sie müssen insgesamt 472,01 € zahlen. Das sind die 4 Teilbeträge zusammen.",
            "Geben Sie bei der Zahlung immer an: [AKTENZEICHEN_1].",
            "Widerspruch können Sie nach unserer Rechnung bis zum 24. Februar 2025 einlegen.",
            "Wir haben den letzten Tag so berechnet: Der Bescheid ist vom 20. Januar 2025.",
            "Er gilt 4 Tage nach der Aufgabe zur Post als bekannt gegeben. Das ist der 24. Januar 2025.",
            "Richten Sie den Widerspruch an: Bürgermeisteramt Rottensee, Kirchplatz 2, 71729 Rottensee.",
            "Es gibt keine aufschiebende Wirkung.",
            "Bekanntgabe: Bekanntgabe heißt:", "Hebesatz: Den Hebesatz beschließt die Gemeinde.");
    }

    @Test
    void explainsABussgeldbescheidDeliveredByZustellungWithoutGuessingTheDeliveryDate() {
        var letter = cases().stream().filter(c -> c.facts().kind() == Kind.BUSSGELD).findFirst().orElseThrow();
        var text = explain(letter).text();

        assertThat(letter.deadlines()).as("the delivery date is on the envelope, not computable").isEmpty();
        assertThat(text).contains("Für 128,50 € sagt der Bescheid: „spätestens zwei Wochen nach Rechtskraft“.",
            "Dafür haben Sie 2 Wochen Zeit.", "Das Datum der Zustellung steht auf dem Umschlag.",
            "Bleibt sie dabei, entscheidet das Amtsgericht.")
            .doesNotContain("SEPA", "Der letzte Tag ist also");
    }

    @Test
    void writesEveryAmountInOneFormWithTheDigitsOfTheNotice() {
        var sonstiger = cases().stream().filter(c -> c.facts().kind() == Kind.SONSTIGER).findFirst().orElseThrow();
        var strassen = cases().stream().filter(c -> c.facts().kind() == Kind.STRASSENREINIGUNG).findFirst().orElseThrow();

        assertThat(body(explain(sonstiger))).contains("Zahlen Sie 2.186,00 €.").doesNotContain("EUR");
        assertThat(body(explain(strassen))).contains("Zahlen Sie 53,69 € bis zum 15. Februar 2026.").doesNotContain("EUR");
    }

    @Test
    void tellsAWohngeldRecipientThatThereIsNothingToPay() {
        var letter = cases().stream().filter(c -> c.facts().kind() == Kind.WOHNGELD).findFirst().orElseThrow();
        var text = body(explain(letter));

        assertThat(text).contains("Sie müssen nichts zahlen.", "Einen Widerspruch nennt der Bescheid nicht.",
            "Sie können Klage erheben.").doesNotContain("Zahlen Sie", "Lastschrift");
    }

    @Test
    void explainsAMahnungAndAVerwarnungAsLettersWithoutRemedyWithCare() {
        var mahnung = cases().stream().filter(c -> c.facts().kind() == Kind.MAHNUNG).findFirst().orElseThrow();
        var verwarnung = cases().stream().filter(c -> c.facts().kind() == Kind.VERWARNUNG).findFirst().orElseThrow();

        assertThat(body(explain(mahnung))).contains("Eine Mahnung ist meist keine neue Entscheidung.",
            "Zahlen Sie den offenen Betrag von 377,10 €.").doesNotContain("Widerspruch können Sie");
        assertThat(body(explain(verwarnung))).contains("Sie können die Sache mit dem Verwarnungsgeld erledigen.",
            "Kommt danach ein Bußgeldbescheid, können Sie Einspruch einlegen.");
    }

    @Test
    void fallsBackToWhatEveryNoticeHasForAnUnknownKind() {
        var letter = cases().stream().filter(c -> c.facts().kind() == Kind.SONSTIGER).findFirst().orElseThrow();
        var text = body(explain(letter));

        assertThat(text).contains("Es ist ein Bescheid.", "Im Betreff steht: „Friedhofsgebührenbescheid“.",
            "Eine Zahlung ist am 22. April 2025 fällig.", "Die Stelle dafür steht in der Rechtsbehelfsbelehrung.")
            .doesNotContain("Grundsteuer", "Gebühr zahlen die Eigentümer", "aufschiebende Wirkung");
    }

    @Test
    void explainsEmptyFactsWithoutInventingAnything() {
        var explanation = explainer.explain(ExplainerCases.empty(), List.of(), null);
        var text = body(explanation);

        assertThat(explanation.blocks()).isNotEmpty();
        assertThat(text).contains("Es ist ein Brief einer Behörde.", "Die Entscheidung selbst konnten wir nicht sicher erkennen.",
            "Wir haben im Brief keinen Termin gefunden.", "Wir haben im Brief keinen Betrag gefunden, den Sie zahlen müssen.",
            "Der Brief nennt keinen Rechtsbehelf")
            .doesNotContain("€", "[", "Zahlen Sie", "Kassenzeichen");
        assertThat(text.replace("1 Jahr", "")).doesNotContainPattern("\\d");
    }

    @Test
    void saysSoWhenALastDayCouldNotBeComputed() {
        var letter = cases().getFirst();
        var text = body(explainer.explain(letter.facts(), List.of(), letter.noticeText()));

        assertThat(text).contains("Den letzten Tag konnten wir nicht berechnen.").doesNotContain("nach unserer Rechnung");
    }

    // --- property over random facts ----------------------------------------------------------------

    record RandomLetter(Facts facts, List<ObjectionDeadline> deadlines, String noticeText) {
    }

    @Property(tries = 300)
    void explainsAnyFactsWithEveryAmountAndDate(@ForAll("letters") RandomLetter letter) {
        var explanation = explainer.explain(letter.facts(), letter.deadlines(), letter.noticeText());
        var text = body(explanation);
        var facts = letter.facts();

        assertThat(explanation.blocks()).isNotEmpty();
        if (facts.total() != null) {
            assertThat(text).contains(german(facts.total().euros()));
        }
        for (var instalment : facts.instalments()) {
            if (instalment.amount() != null) {
                assertThat(text).contains(german(instalment.amount().euros()));
            }
            assertThat(text).contains(instalment.due() != null ? WRITTEN_OUT.format(instalment.due()) : instalment.dueAsWritten());
        }
        for (var remedy : facts.remedies()) {
            assertThat(text).contains(written(remedy.period()));
        }
        for (var deadline : letter.deadlines()) {
            assertThat(text).contains(WRITTEN_OUT.format(deadline.lastDay()), WRITTEN_OUT.format(deadline.announced()));
        }
    }

    private static String german(BigDecimal euros) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(euros) + " €";
    }

    @Provide
    Arbitrary<RandomLetter> letters() {
        var money = Arbitraries.longs().between(0, 5_000_000).flatMap(cents -> {
            var euros = BigDecimal.valueOf(cents, 2);
            var digits = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(euros);
            return Arbitraries.of(digits + " €", digits + " EUR", "EUR " + digits, digits + " Euro")
                .map(asWritten -> new Money(euros, asWritten));
        });
        var dates = Arbitraries.integers().between(0, 36_500).map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
        var instalment = Combinators.combine(dates.injectNull(0.3), money.injectNull(0.3),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(30))
            .as((due, amount, rule) -> new Instalment(due, due == null ? "spätestens " + rule : due.toString(), amount));
        var remedy = Combinators.combine(Arbitraries.of(Remedy.Kind.class), Arbitraries.of(Remedy.Start.class),
                Arbitraries.oneOf(Arbitraries.integers().between(1, 3).map(Period::ofMonths),
                    Arbitraries.integers().between(1, 4).map(Period::ofWeeks)),
                Arbitraries.of("Stadt Musterhausen, Markt 1, 12345 Musterhausen", "[ADRESSE_1]").injectNull(0.3))
            .as((kind, start, period, where) -> new Remedy(kind, period, "innerhalb der Frist", start, where));
        var facts = Combinators.combine(
                Arbitraries.of("Stadt Musterhausen", "Landratsamt Beispielkreis").injectNull(0.3),
                Arbitraries.of(Kind.class), dates.injectNull(0.2), money.injectNull(0.3),
                instalment.list().ofMaxSize(6), Arbitraries.of("[AKTENZEICHEN_1]").injectNull(0.3),
                Arbitraries.of("[IBAN_1]", "DE92 6045 0050 5253 4062 59").injectNull(0.3), remedy.list().ofMaxSize(2))
            .as((authority, kind, date, total, instalments, reference, account, remedies) -> new Facts(authority, kind,
                null, date, null, total, instalments, reference, account, remedies, List.of()));
        return Combinators.combine(facts, Arbitraries.integers().between(0, 7), Arbitraries.of(Land.class),
                Arbitraries.strings().ofMaxLength(200).injectNull(0.2))
            .as((f, days, land, notice) -> {
                return new RandomLetter(f, Klartext.deadlines(f, new Deadlines(days, land)), notice);
            });
    }
}

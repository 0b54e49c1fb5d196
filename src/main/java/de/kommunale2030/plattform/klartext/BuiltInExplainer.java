package de.kommunale2030.plattform.klartext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import de.kommunale2030.plattform.klartext.Explanation.Block;
import de.kommunale2030.plattform.klartext.Explanation.Heading;

import static de.kommunale2030.plattform.klartext.PlainGerman.amount;
import static de.kommunale2030.plattform.klartext.PlainGerman.date;
import static de.kommunale2030.plattform.klartext.PlainGerman.period;
import static de.kommunale2030.plattform.klartext.PlainGerman.quoted;

/**
 * The default explanation engine: offline, deterministic, and built only from the extracted
 * {@link Facts} and the computed {@link ObjectionDeadline}s, so it cannot state what the notice does
 * not say. It writes plain German: one statement per sentence, "Sie", digits, dates spelled out,
 * what to do first. Values from the notice (amounts, placeholders such as {@code [AKTENZEICHEN_1]},
 * the decision and due rules) are repeated exactly as written, so that re-identification and the
 * fact check find them; a deadline is only ever given with the assumption it was computed from.
 */
public final class BuiltInExplainer {

    /**
     * Public charges (Abgaben): a Widerspruch or Klage against them does not suspend payment
     * (§ 80 Abs. 2 Satz 1 Nr. 1 VwGO, § 361 AO), which a citizen who objects must know.
     */
    private static final Set<Kind> PUBLIC_CHARGES = EnumSet.of(Kind.GRUNDSTEUER, Kind.ABFALLGEBUEHREN,
            Kind.STRASSENREINIGUNG, Kind.HUNDESTEUER, Kind.ZWEITWOHNUNGSTEUER, Kind.GEWERBESTEUER);

    /** Kinds whose payments are never collected by direct debit (fines, reminders of unpaid sums). */
    private static final Set<Kind> NO_DIRECT_DEBIT = EnumSet.of(Kind.BUSSGELD, Kind.VERWARNUNG, Kind.MAHNUNG);

    private final Glossary glossary;

    public BuiltInExplainer(Glossary glossary) {
        this.glossary = Objects.requireNonNull(glossary, "glossary");
    }

    /**
     * Explains a notice.
     *
     * @param facts      what the notice says
     * @param deadlines  one per remedy whose last day could be computed; may be empty
     * @param noticeText the pseudonymised notice, searched for the terms the glossary explains
     */
    public Explanation explain(Facts facts, List<ObjectionDeadline> deadlines, String noticeText) {
        Objects.requireNonNull(facts, "facts");
        var computed = deadlines == null ? List.<ObjectionDeadline>of() : deadlines;
        var blocks = new ArrayList<Block>();
        add(blocks, Heading.WORUM_GEHT_ES, whatItIsAbout(facts));
        add(blocks, Heading.WAS_MUESSEN_SIE_TUN, whatToDo(facts));
        add(blocks, Heading.BIS_WANN, byWhen(facts, computed));
        add(blocks, Heading.WIE_VIEL, howMuch(facts));
        add(blocks, Heading.NICHT_EINVERSTANDEN, ifYouDisagree(facts, computed));
        add(blocks, Heading.WICHTIGE_BEGRIFFE, terms(new Explanation(blocks).text(), noticeText));
        return new Explanation(blocks);
    }

    /**
     * The terms the citizen meets: first those of the explanation, in its order, since they are read
     * first, then those only the notice uses.
     */
    private List<String> terms(String explanation, String noticeText) {
        var entries = new LinkedHashSet<Glossary.Entry>(glossary.occurringIn(explanation));
        entries.addAll(glossary.occurringIn(noticeText));
        return entries.stream().map(Glossary.Entry::asParagraph).toList();
    }

    private static void add(List<Block> blocks, Heading heading, List<String> paragraphs) {
        if (!paragraphs.isEmpty()) {
            blocks.add(new Block(heading, paragraphs));
        }
    }

    // --- Worum geht es? -------------------------------------------------------------------------

    private static List<String> whatItIsAbout(Facts facts) {
        var paragraphs = new Paragraphs();
        var intro = paragraphs.next();
        if (facts.authority() != null) {
            intro.add("Der Brief kommt von: " + facts.authority().strip() + ".");
        }
        intro.addAll(kindIntro(facts));
        if (facts.noticeDate() != null) {
            intro.add("Der Brief ist vom " + date(facts.noticeDate()) + ".");
        }
        var decision = paragraphs.next();
        if (facts.subject() != null && (facts.kind() == Kind.SONSTIGER || facts.decision() == null)) {
            decision.add(quoted("Im Betreff steht: ", facts.subject()));
        }
        if (facts.decision() != null) {
            decision.add(quoted("Die Behörde schreibt dazu: ", facts.decision()));
        } else {
            decision.add("Die Entscheidung selbst konnten wir nicht sicher erkennen.");
            decision.add("Bitte lesen Sie dazu den Brief.");
        }
        if (!facts.legalBases().isEmpty()) {
            // a list, one line each: a citation such as "§ 80 Abs. 2 Satz 1 Nr. 1 VwGO" is read as a unit
            var list = new StringBuilder("Die Behörde stützt sich auf diese Vorschriften:");
            facts.legalBases().forEach(basis -> list.append("\n– ").append(basis.strip()));
            paragraphs.next().add(list.toString());
        }
        return paragraphs.text();
    }

    private static List<String> kindIntro(Facts facts) {
        return switch (facts.kind()) {
            case GRUNDSTEUER -> List.of("Es ist ein Grundsteuerbescheid.",
                    "Darin legt die Gemeinde Ihre Grundsteuer fest.",
                    "Grundsteuer zahlt, wem ein Grundstück oder eine Wohnung gehört.");
            case ABFALLGEBUEHREN -> List.of("Es ist ein Bescheid über Abfallgebühren.",
                    "Darin geht es um die Kosten für die Müllabfuhr.");
            case STRASSENREINIGUNG -> List.of("Es ist ein Bescheid über Straßenreinigungsgebühren.",
                    "Darin geht es um die Kosten für die Reinigung der Straße.",
                    "Diese Gebühr zahlen die Eigentümer der Grundstücke an der Straße.");
            case HUNDESTEUER -> List.of("Es ist ein Hundesteuerbescheid.",
                    "Darin geht es um die Steuer für Ihren Hund.");
            case ZWEITWOHNUNGSTEUER -> List.of("Es ist ein Zweitwohnungsteuerbescheid.",
                    "Diese Steuer gilt für eine Wohnung neben Ihrer Hauptwohnung.");
            case GEWERBESTEUER -> List.of("Es ist ein Gewerbesteuerbescheid.",
                    "Darin geht es um die Gewerbesteuer für Ihren Betrieb.");
            case BUSSGELD -> List.of("Es ist ein Bußgeldbescheid.",
                    "Die Behörde wirft Ihnen eine Ordnungswidrigkeit vor.",
                    "Dafür setzt sie ein Bußgeld fest.",
                    "Eine Ordnungswidrigkeit ist keine Straftat.");
            case VERWARNUNG -> facts.total() != null
                    ? List.of("Die Behörde wirft Ihnen einen Verstoß vor.",
                    "Sie bietet an, die Sache mit einem Verwarnungsgeld zu erledigen.")
                    : List.of("Die Behörde wirft Ihnen einen Verstoß vor.",
                    "Sie gibt Ihnen Gelegenheit, sich dazu zu äußern.",
                    "Das nennt man Anhörung.");
            case KITA -> List.of("Es ist ein Bescheid über Elternbeiträge.",
                    "Darin geht es um die Kosten für die Betreuung Ihres Kindes.");
            case WOHNGELD -> List.of("Es ist ein Wohngeldbescheid.",
                    "Darin entscheidet die Behörde über Ihr Wohngeld.",
                    "Wohngeld ist ein Zuschuss zu den Wohnkosten.");
            case BAUGENEHMIGUNG -> List.of("Es geht um Ihr Bauvorhaben.",
                    "Die Behörde entscheidet über die Genehmigung oder ihre Kosten.");
            case MAHNUNG -> List.of("Es ist eine Mahnung.",
                    "Die Behörde erinnert Sie an eine Zahlung.",
                    "Nach ihren Unterlagen ist der Betrag fällig und noch offen.");
            // only what every notice has: a notice that names a remedy is a decision (Bescheid)
            case SONSTIGER -> facts.remedies().isEmpty()
                    ? List.of("Es ist ein Brief einer Behörde.")
                    : List.of("Es ist ein Bescheid.");
        };
    }

    // --- Was müssen Sie tun? --------------------------------------------------------------------

    private static List<String> whatToDo(Facts facts) {
        var paragraphs = new Paragraphs();
        var pay = paragraphs.next();
        if (facts.total() != null) {
            var total = amount(facts.total());
            switch (facts.kind()) {
                case BUSSGELD -> {
                    pay.add("Sind Sie mit dem Bescheid einverstanden? Dann zahlen Sie " + total + ".");
                    pay.add("Sind Sie nicht einverstanden? Dann lesen Sie unten, was Sie tun können.");
                }
                case VERWARNUNG -> {
                    pay.add("Sie können die Sache mit dem Verwarnungsgeld erledigen.");
                    pay.add("Dann zahlen Sie " + total + (datedInstalments(facts) > 0 ? " bis zum Termin unten." : "."));
                    pay.add("Zahlen Sie nicht, kann ein Bußgeldbescheid folgen.");
                    pay.add("Der kostet meist mehr.");
                }
                case MAHNUNG -> {
                    pay.add("Zahlen Sie den offenen Betrag von " + total + ".");
                    pay.add("Sonst kann die Behörde das Geld zwangsweise eintreiben.");
                    pay.add("Haben Sie schon gezahlt? Dann klären Sie das kurz mit der Behörde.");
                }
                default -> pay.add("Zahlen Sie " + total + ".");
            }
            if (datedInstalments(facts) > 1) {
                pay.add("Sie zahlen in " + facts.instalments().size() + " Teilbeträgen.");
                pay.add("Die Termine stehen unter „" + Heading.BIS_WANN.title() + "“.");
            }
        }
        if (facts.total() != null || facts.instalments().stream().anyMatch(i -> i.amount() != null)) {
            var how = paragraphs.next();
            if (facts.paymentReference() != null) {
                how.add("Geben Sie bei der Zahlung immer an: " + facts.paymentReference().strip() + ".");
            }
            if (facts.account() != null) {
                how.add("Überweisen Sie auf dieses Konto: " + facts.account().strip() + ".");
            } else {
                how.add("Das Konto für die Zahlung steht im Brief.");
            }
            if (!NO_DIRECT_DEBIT.contains(facts.kind())) {
                how.add("Haben Sie der Behörde ein SEPA-Lastschriftmandat erteilt? Dann bucht sie den Betrag selbst ab.");
            }
        }
        var kind = paragraphs.next();
        switch (facts.kind()) {
            case VERWARNUNG -> {
                kind.add("Sie dürfen sich zu dem Vorwurf äußern.");
                kind.add("Sie müssen es aber nicht.");
            }
            case WOHNGELD -> kind.add("Bekommen Sie Wohngeld? Dann melden Sie Änderungen bei Einkommen oder Miete sofort.");
            case BAUGENEHMIGUNG -> {
                kind.add("Bauen Sie nur so, wie es genehmigt ist.");
                kind.add("Beachten Sie alle Auflagen und Bedingungen im Bescheid.");
            }
            case MAHNUNG -> kind.add("Können Sie nicht alles auf einmal zahlen? Dann fragen Sie nach Ratenzahlung oder Stundung.");
            default -> {
            }
        }
        paragraphs.next().add("Prüfen Sie, ob die Angaben über Sie im Brief stimmen.");
        return paragraphs.text();
    }

    private static long datedInstalments(Facts facts) {
        return facts.instalments().stream().filter(i -> i.due() != null).count();
    }

    // --- Bis wann? ------------------------------------------------------------------------------

    private static List<String> byWhen(Facts facts, List<ObjectionDeadline> deadlines) {
        var paragraphs = new Paragraphs();
        var payments = paragraphs.next();
        for (var instalment : facts.instalments()) {
            payments.add(dueSentence(instalment));
        }
        if (facts.kind() == Kind.BUSSGELD && facts.instalments().stream().anyMatch(i -> i.due() == null)) {
            payments.add("Rechtskräftig wird der Bescheid, wenn die Frist für den Einspruch ohne Einspruch endet.");
        }
        var objections = paragraphs.next();
        for (var remedy : facts.remedies()) {
            deadlineFor(remedy, deadlines).ifPresent(deadline -> objections.add(Wording.of(remedy.kind()).label()
                    + " können Sie nach unserer Rechnung bis zum " + date(deadline.lastDay()) + " "
                    + Wording.of(remedy.kind()).verb() + "."));
        }
        if (!objections.isEmpty()) {
            objections.add("Wie wir das berechnet haben, steht weiter unten.");
        }
        if (payments.isEmpty() && objections.isEmpty()) {
            payments.add("Wir haben im Brief keinen Termin gefunden.");
        }
        return paragraphs.text();
    }

    private static String dueSentence(Instalment instalment) {
        var sum = instalment.amount() == null ? null : amount(instalment.amount());
        if (instalment.due() != null) {
            return sum == null
                    ? "Eine Zahlung ist am " + date(instalment.due()) + " fällig."
                    : "Zahlen Sie " + sum + " bis zum " + date(instalment.due()) + ".";
        }
        return sum == null
                ? quoted("Zur Zahlung sagt der Bescheid: ", instalment.dueAsWritten())
                : quoted("Für " + sum + " sagt der Bescheid: ", instalment.dueAsWritten());
    }

    // --- Wie viel? ------------------------------------------------------------------------------

    private static List<String> howMuch(Facts facts) {
        var paragraphs = new Paragraphs();
        var sentences = paragraphs.next();
        if (facts.total() != null) {
            var total = amount(facts.total());
            sentences.add(switch (facts.kind()) {
                case MAHNUNG -> "Offen sind insgesamt " + total + ".";
                case VERWARNUNG -> "Das Verwarnungsgeld beträgt " + total + ".";
                default -> "Sie müssen insgesamt " + total + " zahlen.";
            });
            var amounts = facts.instalments().stream().map(Instalment::amount).toList();
            if (amounts.size() > 1 && amounts.stream().allMatch(Objects::nonNull)
                && PlainGerman.same(amounts.stream().map(Money::euros).reduce(BigDecimal.ZERO,
                    BigDecimal::add), facts.total().euros())) {
                sentences.add("Das sind die " + amounts.size() + " Teilbeträge zusammen.");
            }
        } else if (facts.instalments().stream().anyMatch(i -> i.amount() != null)) {
            sentences.add("Die Beträge stehen unter „" + Heading.BIS_WANN.title() + "“.");
        } else if (facts.kind() == Kind.WOHNGELD) {
            sentences.add("Sie müssen nichts zahlen.");
            sentences.add("Ob und wie viel Wohngeld Sie bekommen, steht in der Entscheidung.");
        } else {
            sentences.add("Wir haben im Brief keinen Betrag gefunden, den Sie zahlen müssen.");
        }
        return paragraphs.text();
    }

    // --- Was können Sie tun, wenn Sie nicht einverstanden sind? ---------------------------------

    private static List<String> ifYouDisagree(Facts facts, List<ObjectionDeadline> deadlines) {
        var paragraphs = new Paragraphs();
        var remedies = facts.remedies();
        if (remedies.isEmpty()) {
            noRemedy(facts.kind(), paragraphs);
            return paragraphs.text();
        }
        if (remedies.size() > 1) {
            paragraphs.next().add("Der Bescheid nennt " + remedies.size() + " Wege, sich zu wehren.");
        } else if (remedies.getFirst().kind() == Remedy.Kind.KLAGE) {
            paragraphs.next().add("Einen Widerspruch nennt der Bescheid nicht.");
        }
        for (var remedy : remedies) {
            describe(remedy, facts.kind(), deadlineFor(remedy, deadlines), paragraphs);
        }
        if (PUBLIC_CHARGES.contains(facts.kind()) && facts.total() != null) {
            var charges = paragraphs.next();
            charges.add("Auch wenn Sie sich wehren, müssen Sie pünktlich zahlen.");
            charges.add("Das Gesetz sagt dazu: Es gibt keine aufschiebende Wirkung.");
            charges.add("Sie können aber beantragen, dass Sie vorerst nicht zahlen müssen.");
        }
        return paragraphs.text();
    }

    private static void describe(Remedy remedy, Kind kind, Optional<ObjectionDeadline> deadline,
                                 Paragraphs paragraphs) {
        var wording = Wording.of(remedy.kind());
        var what = paragraphs.next();
        what.add("Sie können " + wording.label() + " " + wording.verb() + ".");
        what.add(remedy.kind() == Remedy.Kind.KLAGE
                ? "Dann prüft ein Gericht die Entscheidung."
                : "Dann prüft die Behörde ihre Entscheidung noch einmal.");
        if (kind == Kind.BUSSGELD && remedy.kind() == Remedy.Kind.EINSPRUCH) {
            what.add("Bleibt sie dabei, entscheidet das Amtsgericht.");
            what.add("Das Gericht kann auch zu Ihrem Nachteil entscheiden.");
        }
        what.add("Dafür haben Sie " + period(remedy.period()) + " Zeit.");
        if (remedy.startsWith() == Remedy.Start.ZUSTELLUNG) {
            what.add("Die Frist beginnt mit der Zustellung.");
            what.add("Das Datum der Zustellung steht auf dem Umschlag.");
        } else {
            what.add("Die Frist beginnt mit der Bekanntgabe des Bescheids.");
        }
        var where = paragraphs.next();
        if (remedy.where() != null && !remedy.where().isBlank()) {
            where.add("Richten Sie " + wording.accusative() + " an: " + remedy.where().strip() + ".");
        } else {
            where.add("Die Stelle dafür steht in der Rechtsbehelfsbelehrung.");
        }
        where.add("Auch wie Sie das machen, steht in der Rechtsbehelfsbelehrung.");
        deadline.ifPresentOrElse(d -> lastDay(d, wording, paragraphs), () -> paragraphs.next()
                .add("Den letzten Tag konnten wir nicht berechnen.")
                .add("Handeln Sie deshalb möglichst bald."));
    }

    private static void lastDay(ObjectionDeadline deadline, Wording wording, Paragraphs paragraphs) {
        var remedy = deadline.remedy();
        var computation = paragraphs.next();
        computation.add("Wir haben den letzten Tag so berechnet:");
        computation.add("Der Bescheid ist vom " + date(deadline.posted()) + ".");
        computation.add("Wir nehmen an: Er ging am selben Tag zur Post.");
        computation.add("Er gilt " + days(deadline.daysAfterPosting()) + " nach der Aufgabe zur Post als bekannt gegeben.");
        computation.add("Das ist der " + date(deadline.announced()) + ".");
        if (!PublicHolidays.isWorkingDay(deadline.announced(), deadline.land())) {
            // Under § 122 Abs. 2 AO with § 108 Abs. 3 AO the day moves to the next working day; whether
            // the VwVfG does the same is disputed. Counting from the earlier day is the safe side.
            computation.add("Dieser Tag ist " + dayType(deadline.announced()) + ".");
            computation.add("Dann kann die Frist auch später beginnen. Wir rechnen zur Sicherheit mit dem früheren Tag.");
        }
        var regularEnd = deadline.regularEnd();
        if (deadline.lastDay().isAfter(regularEnd)) {
            computation.add("Die Frist von " + period(remedy.period()) + " endet eigentlich am "
                            + date(regularEnd) + ".");
            computation.add("Das ist " + dayType(regularEnd) + ".");
            computation.add("Deshalb endet die Frist erst am nächsten Werktag.");
        }
        computation.add("Der letzte Tag ist also der " + date(deadline.lastDay()) + ".");
        computation.add("Bis dahin muss " + wording.possessive() + " angekommen sein.");
        var caveat = paragraphs.next();
        caveat.add("Kam der Bescheid später bei Ihnen an? Dann beginnt die Frist später.");
        caveat.add("Prüfen Sie deshalb, wann Sie ihn bekommen haben.");
        caveat.add("Maßgeblich ist immer die Rechtsbehelfsbelehrung im Bescheid.");
        caveat.add("Warten Sie am besten nicht bis zum letzten Tag.");
    }

    private static String days(int days) {
        return days == 1 ? "1 Tag" : days + " Tage";
    }

    private static String dayType(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> "ein Samstag";
            case SUNDAY -> "ein Sonntag";
            default -> "ein Feiertag";
        };
    }

    private static void noRemedy(Kind kind, Paragraphs paragraphs) {
        var sentences = paragraphs.next();
        sentences.add("Der Brief nennt keinen Rechtsbehelf wie Widerspruch oder Klage.");
        switch (kind) {
            case MAHNUNG -> {
                sentences.add("Eine Mahnung ist meist keine neue Entscheidung.");
                sentences.add("Sie erinnert an einen früheren Bescheid.");
                sentences.add("Halten Sie die Forderung für falsch? Dann wenden Sie sich schnell an die Behörde.");
            }
            case VERWARNUNG -> {
                sentences.add("Er ist noch keine endgültige Entscheidung.");
                sentences.add("Sind Sie nicht einverstanden? Dann äußern Sie sich zu dem Vorwurf.");
                sentences.add("Kommt danach ein Bußgeldbescheid, können Sie Einspruch einlegen.");
            }
            default -> {
                sentences.add("Er ist deshalb wahrscheinlich keine Entscheidung, gegen die Sie sich wehren können.");
                sentences.add("Ist er doch ein Bescheid ohne Rechtsbehelfsbelehrung? Dann gilt meist eine Frist von 1 Jahr.");
                sentences.add("Fragen Sie im Zweifel bei der Behörde nach.");
            }
        }
    }

    private static Optional<ObjectionDeadline> deadlineFor(Remedy remedy, List<ObjectionDeadline> deadlines) {
        return deadlines.stream().filter(d -> remedy.equals(d.remedy())).findFirst();
    }

    /** How a remedy is named in a sentence (its grammatical gender decides the article). */
    private record Wording(String label, String verb, String accusative, String possessive) {

        static Wording of(Remedy.Kind kind) {
            return switch (kind) {
                case WIDERSPRUCH -> new Wording("Widerspruch", "einlegen", "den Widerspruch", "Ihr Widerspruch");
                case KLAGE -> new Wording("Klage", "erheben", "die Klage", "Ihre Klage");
                case EINSPRUCH -> new Wording("Einspruch", "einlegen", "den Einspruch", "Ihr Einspruch");
            };
        }
    }

    /** Paragraphs of sentences; a paragraph left empty is dropped. */
    private static final class Paragraphs {

        private final List<Sentences> paragraphs = new ArrayList<>();

        Sentences next() {
            var sentences = new Sentences();
            paragraphs.add(sentences);
            return sentences;
        }

        List<String> text() {
            return paragraphs.stream().filter(s -> !s.isEmpty()).map(Sentences::text).toList();
        }
    }

    private static final class Sentences {

        private final List<String> sentences = new ArrayList<>();

        Sentences add(String sentence) {
            sentences.add(sentence);
            return this;
        }

        void addAll(List<String> more) {
            sentences.addAll(more);
        }

        boolean isEmpty() {
            return sentences.isEmpty();
        }

        String text() {
            return String.join(" ", sentences);
        }
    }
}

package de.kommunale2030.plattform.klartext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the notice asks to pay: the total, the due dates with their amounts, the reference to state
 * and the authority's account. Only the parts that deal with paying are read (Tenor, Berechnung,
 * Fälligkeiten, Zahlungshinweise): a date in the Begründung or in a list of arrears ("fällig am
 * 15.08.2025: 143,20 €" in a reminder) is history, not a due date.
 */
final class Payments {

    static final Set<Part> PAYING = EnumSet.of(Part.TENOR, Part.BERECHNUNG, Part.FAELLIGKEITEN, Part.ZAHLUNGSHINWEISE);

    /** A request to the addressee to pay a sum ("Bitte überweisen Sie 2.186,00 €", "Sie zahlen insgesamt …"). */
    private static final Pattern REQUEST = Pattern.compile(            "(?U)\\b(?:[Üü]berweisen|[Zz]ahlen|[Bb]ezahlen)\\s+Sie\\b|\\bSie\\s+zahlen\\b"
                    + "|\\bbitten\\s+wir\\s+Sie\\b[^.]{0,200}\\bzu\\s+(?:überweisen|zahlen)\\b");
    private static final Pattern OBLIGATION = Pattern.compile("(?U)\\bzu\\s+(?:be)?zahlen\\b");
    private static final Pattern PAY_VERB = Pattern.compile("(?U)\\b(?:zahlen|bezahlen|überweisen|entrichten)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DUE = Pattern.compile("(?U)\\bfällig\\b");
    private static final Pattern OPTION = Pattern.compile("(?U)(?i)\\bauf Antrag\\b|Jahreszahlung");
    private static final Pattern FRACTION = Pattern.compile("(?U)Viertel|Hälfte|Teilbetr|\\bRaten?\\b");
    private static final Pattern NOT_DUE_BEFORE = Pattern.compile("(?:vom|seit|seit dem|ab|ab dem|für den|Zeitraum:?)[ \\u00A0]$");
    private static final Pattern THRESHOLD_BEFORE = Pattern.compile("(?:bis|bis zu|ab|mindestens|höchstens|unter)[ \\u00A0]$");
    private static final Pattern PER_INSTALMENT = Pattern.compile(            "(?U)(?:\\bjeweils|\\bje|(?:Monatsraten|Raten|Teilbeträgen?)\\s+(?:von|zu\\s+je|über)|\\bRate\\s+über)\\s+$");
    private static final Pattern PER_INSTALMENT_SENTENCE = Pattern.compile(            "(?U)\\b(?:Ein|Jeder)\\s+Teilbetrag\\s+beträgt\\b|\\b(?:Eine|Jede)\\s+Rate\\s+beträgt\\b|\\bauf\\s+je\\s+\\d");
    private static final Pattern FIRST_AND_LAST = Pattern.compile("(?U)\\berstmal(?:s|ig)\\b");
    private static final Pattern DEADLINE = Pattern.compile("(?U)\\bbis\\s+(?:spätestens\\s+)?(?:zum\\s+|am\\s+)?$");
    private static final Pattern REQUESTED = Pattern.compile("(?iU)\\bbitte\\b");
    private static final Pattern UNTIL_THEN = Pattern.compile("(?U)(?i)\\bbis dahin\\b");
    private static final Pattern DUE_RULE = Pattern.compile(
            "spätestens\\s+(?:\\S{1,20}\\s+){1,3}?nach\\s+(?:Rechtskraft|Bekanntgabe|Zustellung|Zugang)"
                    + "(?:\\s+(?:dieses|des)\\s+Bescheid(?:e?s))?");
    private static final Pattern SCHEDULE_PREFIX = Pattern.compile("\\d{1,2}\\. ?Rate(?: am)?:? ");
    /** "30. September 2025" with a blank of either kind: the longest date {@link GermanDates} reads. */
    private static final int LONGEST_DATE = 20;
    private static final Pattern SCHEDULE_SEPARATOR = Pattern.compile("\\s?[:–-]");
    private static final Pattern TOTAL_LABEL = Pattern.compile(
            "(?iu)(?:^|.*\\s)(?:gesamtbetrag|gesamt|insgesamt|zu zahlen|zu zahlender betrag)");
    private static final Pattern AMOUNT_IS = Pattern.compile(            "(?U)\\b(?:Verwarnungsgeld|Gebühr|Betrag|Eigenanteil|Beitrag|Kosten|Gesamtbetrag)\\s+(?:beträgt|betragen)\\s+$");
    private static final Pattern CHARGE = Pattern.compile(            "(?U)\\bfestgesetzt\\b|" + FactExtraction.SETS_FIXED + "|\\berhoben\\b|\\berheben\\b|\\bgestundet\\b|\\bnachgefordert\\b");
    private static final Pattern NO_CHARGE = Pattern.compile("(?U)\\b(?:bewilligt|erstattet|herabgesetzt|abgelehnt|keine)\\b");
    private static final Pattern TOTAL_IN_CHARGE = Pattern.compile("(?:insgesamt|Jahresbetrag|zusammen|Gesamtbetrag)\\s+(?:von\\s+)?$");
    /** The blank between an IBAN's groups: a space, or the (narrow) no-break space word processors put there. */
    private static final String IBAN_BLANK = "[ \\u00A0\\u202F]";
    private static final Pattern IBAN = Pattern.compile("(?U)\\bDE\\d{2}(?:" + IBAN_BLANK + "?\\d{4}){4}" + IBAN_BLANK + "?\\d{2}\\b");

    private Payments() {
    }

    /**
     * A due date found, with the amount the notice names for it or a reference to the total;
     * {@code generic} when the amount is the per-instalment amount stated elsewhere, which an
     * amount named for this very date overrides.
     */
    private record Due(GermanDates.Found date, String rule, Money amount, boolean amountIsTotal, boolean generic) {

        Due(GermanDates.Found date, String rule, Money amount, boolean amountIsTotal) {
            this(date, rule, amount, amountIsTotal, false);
        }
    }

    /** Total and instalments, decided together: a sum of instalments can be the total, a "Der Betrag ist fällig" the other way round. */
    record Result(Money total, List<Instalment> instalments) {
    }

    static Result amounts(Layout layout) {
        var dues = dues(layout);
        var total = total(layout, dues);
        if (dues.isEmpty() && total != null) {
            var deadline = requestedDeadline(layout);
            if (deadline != null) {
                dues = List.of(new Due(deadline, null, null, false));
            }
        }
        var instalments = new ArrayList<Instalment>();
        for (var due : dues) {
            var amount = due.amountIsTotal() ? total : due.amount();
            instalments.add(due.date() != null
                    ? new Instalment(due.date().date(), due.date().asWritten(), amount)
                    : new Instalment(null, due.rule(), amount));
        }
        return new Result(total, instalments);
    }

    private static List<Due> dues(Layout layout) {
        var text = layout.text();
        var dues = new ArrayList<Due>();
        for (var line : layout.lines(PAYING)) {
            var scheduled = scheduled(text, line);
            if (scheduled != null) {
                dues.add(scheduled);
            }
        }
        var schedule = !dues.isEmpty();
        var sentences = layout.sentences(PAYING);
        GermanDates.Found lastDeadline = null;
        var perInstalment = perInstalment(layout);
        for (var span : sentences) {
            var sentence = span.of(text);
            var isDue = DUE.matcher(sentence).find();
            var isPay = PAY_VERB.matcher(sentence).find();
            var untilThen = lastDeadline;
            var dates = new ArrayList<GermanDates.Found>();
            var arrears = false;
            // a sentence that only mentions paying ("… zahlen zu dürfen") names due dates when it asks or obliges to pay or sets a deadline
            var request = isDue || REQUEST.matcher(sentence).find() || OBLIGATION.matcher(sentence).find();
            for (var date : GermanDates.find(sentence)) {
                var before = before(sentence, date.start());
                if (sentence.startsWith(":", date.end()) || sentence.startsWith(" :", date.end())) {
                    arrears = true;
                } else if (!NOT_DUE_BEFORE.matcher(before).find() && (request || DEADLINE.matcher(before).find())) {
                    dates.add(shift(date, span.start()));
                }
                if (DEADLINE.matcher(before).find()) {
                    lastDeadline = shift(date, span.start());
                }
            }
            if (arrears || OPTION.matcher(sentence).find() || !(isDue || isPay) || schedule && !isPay) {
                continue;
            }
            // "Bis dahin bitten wir Sie, … zu überweisen" pays by the deadline the sentence before set
            if (dates.isEmpty() && UNTIL_THEN.matcher(sentence).find() && isPay && untilThen != null) {
                dates.add(untilThen);
            }
            var amount = amountFor(sentence, dates.size());
            var fraction = FRACTION.matcher(sentence).find();
            var toTotal = amount == null && !fraction && (dates.size() == 1 || FIRST_AND_LAST.matcher(sentence).find());
            for (var date : dates) {
                var generic = amount == null && dates.size() > 1 && !toTotal && perInstalment != null;
                add(dues, new Due(date, null, generic ? perInstalment : amount, toTotal, generic));
            }
        }
        if (dues.isEmpty()) {
            for (var span : sentences) {
                var sentence = span.of(text);
                var rule = DUE_RULE.matcher(sentence);
                if ((DUE.matcher(sentence).find() || PAY_VERB.matcher(sentence).find()) && rule.find()) {
                    dues.add(new Due(null, rule.group(), null, true));
                    break;
                }
            }
        }
        return dues;
    }

    /**
     * A sum to pay without a payment date ("Bitte zahlen Sie den Betrag bei der Abholung") is due
     * by the deadline the notice sets for what it asks ("Kommen Sie bitte bis zum 07.10.2026").
     */
    private static GermanDates.Found requestedDeadline(Layout layout) {
        var text = layout.text();
        for (var span : layout.sentences(PAYING)) {
            var sentence = span.of(text);
            if (!REQUESTED.matcher(sentence).find()) {
                continue;
            }
            for (var date : GermanDates.find(sentence)) {
                if (DEADLINE.matcher(before(sentence, date.start())).find()) {
                    return shift(date, span.start());
                }
            }
        }
        return null;
    }

    /** A line of a payment schedule: "15.02.2025: 118,01 €", "1. Rate am 15.10.2025: 1.140,00 €", "2. Rate: 15.08.2026 – 810,00 €". */
    private static Due scheduled(String text, Sentences.Span line) {
        var content = line.of(text).strip();
        var offset = line.start() + line.of(text).indexOf(content);
        var prefix = SCHEDULE_PREFIX.matcher(content);
        var after = prefix.lookingAt() ? prefix.end() : 0;
        // only a date right after the prefix counts: a long line is not searched beyond it
        var dates = GermanDates.find(content.substring(0, Math.min(content.length(), after + LONGEST_DATE + 1)));
        if (dates.isEmpty() || dates.getFirst().start() != after) {
            return null;
        }
        var date = dates.getFirst();
        var rest = content.substring(date.end());
        if (!SCHEDULE_SEPARATOR.matcher(rest).lookingAt()) {
            return null;
        }
        var amounts = Amounts.find(rest);
        if (amounts.isEmpty()) {
            return null;
        }
        // "1.140,00 € zuzüglich Stundungszinsen 119,00 € = 1.259,00 €": what is due on the date is the result
        var amount = rest.contains("=") ? amounts.getLast().money() : amounts.getFirst().money();
        return new Due(shift(date, offset), null, amount, false);
    }

    /** The amount a due sentence names for its date(s): one per instalment ("jeweils 74,50 €") or the one amount of a one-date sentence. */
    private static Money amountFor(String sentence, int dates) {
        var amounts = Amounts.find(sentence).stream()
                .filter(found -> !THRESHOLD_BEFORE.matcher(before(sentence, found.start())).find()).toList();
        for (var found : amounts) {
            if (PER_INSTALMENT.matcher(before(sentence, found.start())).find()) {
                return found.money();
            }
        }
        return dates == 1 && amounts.size() == 1 ? amounts.getFirst().money() : null;
    }

    /** An amount the Tenor or the due part states per instalment ("auf je 612,00 € festgesetzt", "Ein Teilbetrag beträgt 53,69 €"). */
    private static Money perInstalment(Layout layout) {
        var text = layout.text();
        for (var span : layout.sentences(EnumSet.of(Part.TENOR, Part.FAELLIGKEITEN))) {
            var sentence = span.of(text);
            if (PER_INSTALMENT_SENTENCE.matcher(sentence).find()) {
                for (var found : Amounts.find(sentence)) {
                    var before = before(sentence, found.start());
                    if (before.endsWith("je ") || before.endsWith("beträgt ")) {
                        return found.money();
                    }
                }
            }
        }
        return null;
    }

    private static void add(List<Due> dues, Due due) {
        for (var i = 0; i < dues.size(); i++) {
            var known = dues.get(i);
            if (known.date() != null && known.date().date().equals(due.date().date())) {
                if ((known.amount() == null || known.generic() && !due.generic()) && due.amount() != null) {
                    dues.set(i, new Due(known.date(), null, due.amount(), false));
                }
                return;
            }
        }
        dues.add(due);
    }

    /** The words just before {@code end}: enough for every "… $" cue, and matching stays linear in long sentences. */
    private static String before(String sentence, int end) {
        return sentence.substring(Math.max(0, end - 60), end);
    }

    private static GermanDates.Found shift(GermanDates.Found date, int by) {
        return new GermanDates.Found(date.start() + by, date.end() + by, date.asWritten(), date.date());
    }

    /**
     * The amount to pay, from the most explicit statement down: a request to pay a sum, a total
     * line ("Gesamtbetrag: …"), instalments adding up to an amount the notice writes, "Das
     * Verwarnungsgeld beträgt …", the amount the Tenor charges, the result line of the calculation
     * the Tenor announces ("… wie folgt fest:"). Benefits, refunds and refusals charge nothing.
     */
    private static Money total(Layout layout, List<Due> dues) {
        var text = layout.text();
        var sentences = layout.sentences(PAYING);
        for (var span : sentences) {
            var sentence = span.of(text);
            if (REQUEST.matcher(sentence).find()) {
                for (var found : Amounts.find(sentence)) {
                    var before = before(sentence, found.start());
                    if (!THRESHOLD_BEFORE.matcher(before).find() && !PER_INSTALMENT.matcher(before).find()) {
                        return found.money();
                    }
                }
            }
        }
        for (var line : layout.lines(PAYING)) {
            var content = line.of(text).strip();
            var colon = content.lastIndexOf(':');
            if (colon > 0 && content.length() < 200 && TOTAL_LABEL.matcher(content.substring(0, colon).strip()).matches()) {
                var amount = Amounts.parse(content.substring(colon + 1));
                if (amount != null) {
                    return amount;
                }
            }
        }
        var sum = sumOf(dues, text);
        if (sum != null) {
            return sum;
        }
        var tenor = layout.sentences(EnumSet.of(Part.TENOR));
        for (var span : tenor) {
            var sentence = span.of(text);
            for (var found : Amounts.find(sentence)) {
                if (AMOUNT_IS.matcher(before(sentence, found.start())).find()) {
                    return found.money();
                }
            }
        }
        Sentences.Span announcing = null;
        for (var span : tenor) {
            var sentence = span.of(text);
            if (!CHARGE.matcher(sentence).find() || NO_CHARGE.matcher(sentence).find()) {
                continue;
            }
            for (var found : Amounts.find(sentence)) {
                if (TOTAL_IN_CHARGE.matcher(before(sentence, found.start())).find()) {
                    return found.money();
                }
            }
            var amount = firstAmount(sentence);
            if (amount != null) {
                return amount;
            }
            if (announcing == null && sentence.endsWith(":")) {
                announcing = span;
            }
        }
        return announcing == null ? null : resultLine(layout, announcing);
    }

    private static Money firstAmount(String sentence) {
        for (var found : Amounts.find(sentence)) {
            if (!THRESHOLD_BEFORE.matcher(before(sentence, found.start())).find()) {
                return found.money();
            }
        }
        return null;
    }

    /** Instalments that all name their amount and add up to an amount the notice writes: that amount. */
    private static Money sumOf(List<Due> dues, String text) {
        if (dues.size() < 2 || dues.stream().anyMatch(due -> due.amount() == null || due.amountIsTotal())) {
            return null;
        }
        var sum = dues.stream().map(due -> due.amount().euros()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Amounts.find(text).stream().map(Amounts.Found::money)
                .filter(money -> money.euros().compareTo(sum) == 0).findFirst().orElse(null);
    }

    /** The last line ending in an amount after the announcing sentence, within the Tenor and the calculation. */
    private static Money resultLine(Layout layout, Sentences.Span announcing) {
        var text = layout.text();
        Money result = null;
        for (var line : layout.lines(EnumSet.of(Part.TENOR, Part.BERECHNUNG))) {
            if (line.start() <= announcing.start()) {
                continue;
            }
            var content = line.of(text).strip();
            var amounts = Amounts.find(content);
            if (!amounts.isEmpty() && amounts.getLast().end() == content.length()) {
                result = amounts.getLast().money();
            }
        }
        return result;
    }

    private static final Pattern QUOTED_REFERENCE = Pattern.compile("Verwendungszweck[^„\\n]{0,40}„([^“\\n]{1,100})“");
    private static final Pattern PLAIN_REFERENCE = Pattern.compile("Verwendungszweck:?[ ]([^.,;„\\n]{1,100})");
    private static final Pattern STATED_REFERENCE = Pattern.compile(
            "unter Angabe (?:des|der|Ihres|Ihrer) (\\p{L}{3,30})(?:[ ](\\[[^\\]\\n]{1,40}\\]))?"
                    + "|(?:das|Ihr|Ihre|den|die) (?:Kassenzeichen|Aktenzeichen|Buchungszeichen) (\\[[^\\]\\n]{1,40}\\]) an\\b");

    /** What to state with the transfer: the Verwendungszweck as written, or the reference the notice names ("unter Angabe des Kassenzeichens"). */
    static String reference(Layout layout) {
        var text = layout.text();
        for (var span : layout.sentences(PAYING)) {
            var sentence = span.of(text);
            var quoted = QUOTED_REFERENCE.matcher(sentence);
            if (quoted.find()) {
                return quoted.group(1).strip();
            }
            var plain = PLAIN_REFERENCE.matcher(sentence);
            if (plain.find()) {
                return plain.group(1).strip();
            }
            var stated = STATED_REFERENCE.matcher(sentence);
            if (stated.find()) {
                if (stated.group(3) != null) {
                    return stated.group(3);
                }
                if (stated.group(2) != null) {
                    return stated.group(2);
                }
                var value = referenceLine(layout.first(Part.BEZUGSZEICHEN), stated.group(1));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    /** The value of the reference block's line for a label named in the genitive ("des Kassenzeichens" → "Kassenzeichen: …"). */
    private static String referenceLine(String block, String genitive) {
        if (block == null) {
            return null;
        }
        var label = genitive.endsWith("s") ? genitive.substring(0, genitive.length() - 1) : genitive;
        for (var line : block.split("\n")) {
            var content = line.strip();
            for (var candidate : List.of(label, genitive, "Unser " + label)) {
                if (content.startsWith(candidate) && content.length() > candidate.length()) {
                    var value = content.substring(candidate.length());
                    var colon = value.indexOf(':');
                    value = colon >= 0 && colon < 30 ? value.substring(colon + 1) : value;
                    if (!value.isBlank()) {
                        return value.strip();
                    }
                }
            }
        }
        return null;
    }

    /** The authority's IBAN as written: citizens' IBANs are placeholders after pseudonymisation, so a written, valid IBAN is the authority's. */
    static String account(String text) {
        var iban = IBAN.matcher(text);
        while (iban.find()) {
            if (validIban(iban.group())) {
                return iban.group();
            }
        }
        return null;
    }

    private static boolean validIban(String written) {
        var compact = written.replaceAll(IBAN_BLANK, "");
        var rearranged = compact.substring(4) + compact.substring(0, 4);
        var remainder = 0;
        for (var c : rearranged.toCharArray()) {
            var value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = (value > 9 ? remainder * 100 : remainder * 10) + value;
            remainder %= 97;
        }
        return remainder == 1;
    }
}

package de.kommunale2030.plattform.klartext;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the facts from a parsed notice: who issued it, what it is, when, what it decides, what to
 * pay (see {@link Payments}) and what the addressee can do about it (see {@link Remedies}). Every
 * rule looks only where the part it reads belongs; what a notice does not state stays empty.
 */
final class FactExtraction {

    private static final Pattern LAND_LINE = Pattern.compile("(?:Freie und Hansestadt|Freie Hansestadt|Freistaat|Land) \\p{Lu}[\\p{L}\\-]+");
    private static final Pattern SUFFIX = Pattern.compile(" [–·|] | - |, ");
    /**
     * "setzt … fest", "setzen wir … fest": the separable verb, its particle within one line and a few
     * clauses. Bounded, because an unbounded gap backtracks from every "setz…" to the end of the
     * line: quadratic on a long line, hours on a pasted one-line text.
     */
    static final String SETS_FIXED = "\\bsetz\\w{0,3}\\b[^\\n]{0,200}?\\bfest\\b";
    /** Verbs that decide the matter itself. */
    private static final Pattern DECIDES = Pattern.compile(
            "(?U)\\b(?:festgesetzt|bewilligt|bewillige|abgelehnt|lehne|aufgehoben|erteilt|erteilen|gestundet|genehmigt"
                    + "|verwarnt|verwarnen|erstattet|erstatten|verboten|bestätigen|übernehmen|übernommen)\\b|" + SETS_FIXED);
    /** Verbs that decide, but also introduce or modify a decision ("… wird nach dem Flächenmodell erhoben"). */
    private static final Pattern ALSO_DECIDES = Pattern.compile(
            "(?U)\\b(?:erhoben|erheben|herabgesetzt|ermäßigt|angeordnet)\\b");
    /** Background, hypotheses and negations decide nothing. */
    private static final Pattern NO_DECISION = Pattern.compile(
            "(?U)\\b(?:worden|wurde|wurden|kann|können|könnte|würde|würden|voraussichtlich|nicht|kein\\w{0,2})\\b");
    private static final Pattern PAYMENT_REQUEST = Pattern.compile("(?U)^Bitte (?:überweisen|zahlen) Sie\\b");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:\\d{1,2}\\.|[a-z]\\)|[-–•])\\s+");

    private FactExtraction() {
    }

    /** @param layout the notice's sections on its text with wrapped lines joined */
    static Facts of(Layout layout) {
        if (layout.sections().isEmpty()) {
            return new Facts(null, Kind.SONSTIGER, null, null, null, null, List.of(), null, null, List.of(), List.of());
        }
        var text = layout.text();
        var subjectBlock = layout.first(Part.BETREFF);
        var amounts = Payments.amounts(layout);
        return new Facts(authority(layout), Kinds.of(subjectBlock, text), subject(subjectBlock), noticeDate(layout),
                decision(layout), amounts.total(), amounts.instalments(), Payments.reference(layout),
                Payments.account(text), Remedies.of(layout.first(Part.RECHTSBEHELFSBELEHRUNG)), LegalBases.of(text));
    }

    /**
     * The letterhead's first line without its article and any unit after a dash ("Der Magistrat der
     * Stadt Lahnfurt" → "Magistrat der Stadt Lahnfurt"); a Land line above it ("Freie und
     * Hansestadt Hamburg") is skipped, an official gazette names its publisher ("Amtsblatt der
     * Gemeinde …"). A letterhead in capitals is given as the notice writes it elsewhere.
     */
    private static String authority(Layout layout) {
        var letterhead = layout.first(Part.BRIEFKOPF);
        if (letterhead == null) {
            return null;
        }
        var lines = letterhead.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        var line = lines.getFirst();
        if (LAND_LINE.matcher(line).matches() && lines.size() > 1) {
            line = lines.get(1);
        }
        line = line.replaceFirst("^Amtsblatt (?:der|des) ", "").replaceFirst("^(?:Der|Die|Das) ", "");
        var suffix = SUFFIX.matcher(line);
        if (suffix.find()) {
            line = line.substring(0, suffix.start());
        }
        if (!line.isEmpty() && line.equals(line.toUpperCase(java.util.Locale.ROOT))) {
            var written = Pattern.compile(Pattern.quote(line), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(layout.text());
            while (written.find()) {
                if (!written.group().equals(line)) {
                    return written.group();
                }
            }
        }
        return line.isEmpty() ? null : line;
    }

    /** The subject line as written; a line ending in ";" continues on the next ("Vollzug des GastG; Erlaubnis …"). */
    private static String subject(String block) {
        if (block == null) {
            return null;
        }
        var lines = block.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        var subject = new StringBuilder(lines.getFirst());
        for (var i = 1; i < lines.size() && subject.toString().endsWith(";"); i++) {
            subject.append(' ').append(lines.get(i));
        }
        return subject.toString();
    }

    /** The date of the reference block's date line; without a reference block, the first date line of the notice. */
    private static LocalDate noticeDate(Layout layout) {
        var reference = layout.first(Part.BEZUGSZEICHEN);
        var date = dateLine(reference);
        return date != null ? date : dateLine(layout.text());
    }

    private static LocalDate dateLine(String block) {
        if (block == null) {
            return null;
        }
        for (var line : block.split("\n")) {
            var content = line.strip();
            if (content.length() < 80 && Sections.DATE_LINE.matcher(content).matches()) {
                var dates = GermanDates.find(content);
                if (!dates.isEmpty()) {
                    return dates.getLast().date();
                }
            }
        }
        return null;
    }

    /**
     * The Tenor's operative sentence: the first that decides (sets, grants, refuses, revokes,
     * permits …) outright, before one that announces a calculation ("… wie folgt fest:"), before
     * one with a weaker verb ("erhoben", "ermäßigt"); for a reminder, its request to pay.
     */
    private static String decision(Layout layout) {
        var text = layout.text();
        var candidates = new String[4];
        String request = null;
        for (var span : layout.sentences(EnumSet.of(Part.TENOR))) {
            var sentence = LIST_MARK.matcher(span.of(text)).replaceFirst("");
            var strong = DECIDES.matcher(sentence).find();
            if ((strong || ALSO_DECIDES.matcher(sentence).find()) && !NO_DECISION.matcher(sentence).find()) {
                var rank = (strong ? 0 : 2) + (sentence.endsWith(":") ? 1 : 0);
                candidates[rank] = candidates[rank] == null ? sentence : candidates[rank];
            } else if (request == null && PAYMENT_REQUEST.matcher(sentence).find()) {
                request = sentence;
            }
        }
        for (var candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return request;
    }
}

package de.kommunale2030.plattform.klartext;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The remedies a Rechtsbehelfsbelehrung names: only those it says can be filed (a sentence with a
 * filing verb), each with the period, the event that starts it and the place of filing as
 * written. A letter without a Rechtsbehelfsbelehrung (hearing, reminder, "kein Verwaltungsakt")
 * has none; none is assumed from the Land or the kind.
 */
final class Remedies {

    private static final Pattern KIND = Pattern.compile("(?U)\\b(Widerspruch|Klage|Einspruch)\\b");
    private static final Pattern FILING = Pattern.compile(            "(?U)\\b(?:erhoben|erheben|einlegen|eingelegt|einzulegen|einreichen|einzureichen|eingereicht)\\b");
    private static final Pattern PERIOD = Pattern.compile(            "(?U)innerhalb (?:von )?(?:(eines Monats|einem Monat)|(einer|zwei|drei|vier|sechs|\\d{1,2}) (Wochen?|Monate|Monaten|Tagen?))\\b");
    private static final Pattern START = Pattern.compile(
            "nach (?:(?:seiner|ihrer|der|dem|deren|dessen|dieser|diesem) )?(?:Tag der )?(Bekanntgabe|Bekanntmachung|Zustellung|Zugang)");
    private static final Pattern AT = Pattern.compile("(?U)\\bbei(?:m| dem| der) ");
    private static final Map<Remedy.Kind, Pattern> NAMES = names();
    private static final Map<String, Integer> NUMBERS = Map.of("einer", 1, "zwei", 2, "drei", 3, "vier", 4, "sechs", 6);
    private static final Set<String> STOP_WORDS = Set.of("schriftlich", "zur", "zu", "erhoben", "erheben", "einzulegen",
            "einlegen", "einzureichen", "eingereicht", "oder", "in", "innerhalb", "und", "werden");

    private Remedies() {
    }

    static List<Remedy> of(String instruction) {
        if (instruction == null) {
            return List.of();
        }
        var sentences = Sentences.split(instruction, 0, instruction.length()).stream()
                .map(span -> span.of(instruction)).toList();
        var kinds = new LinkedHashSet<Remedy.Kind>();
        for (var sentence : sentences) {
            if (FILING.matcher(sentence).find()) {
                var kind = KIND.matcher(sentence);
                while (kind.find()) {
                    kinds.add(Remedy.Kind.valueOf(kind.group(1).toUpperCase(java.util.Locale.ROOT)));
                }
            }
        }
        var remedies = new ArrayList<Remedy>();
        for (var kind : kinds) {
            var period = matchIn(sentences, kind, PERIOD);
            var start = matchIn(sentences, kind, START);
            var length = period == null ? null : period(period);
            // "innerhalb von 0 Tagen" is a typo, not a period: no deadline is better than a wrong one
            if (length != null && !length.isZero() && !length.isNegative() && start != null) {
                var written = period.group();
                remedies.add(new Remedy(kind, length, written,
                        start.group(1).equals("Zustellung") ? Remedy.Start.ZUSTELLUNG : Remedy.Start.BEKANNTGABE,
                        where(sentences, kind)));
            }
        }
        return remedies;
    }

    /** The first match in a sentence naming {@code kind}, else the first match in the instruction. */
    private static java.util.regex.MatchResult matchIn(List<String> sentences, Remedy.Kind kind, Pattern pattern) {
        java.util.regex.MatchResult anywhere = null;
        for (var sentence : sentences) {
            var matcher = pattern.matcher(sentence);
            if (matcher.find()) {
                if (names(sentence, kind)) {
                    return matcher.toMatchResult();
                }
                if (anywhere == null) {
                    anywhere = matcher.toMatchResult();
                }
            }
        }
        return anywhere;
    }

    private static boolean names(String sentence, Remedy.Kind kind) {
        return NAMES.get(kind).matcher(sentence).find();
    }

    private static Map<Remedy.Kind, Pattern> names() {
        var names = new EnumMap<Remedy.Kind, Pattern>(Remedy.Kind.class);
        for (var kind : Remedy.Kind.values()) {
            names.put(kind, Pattern.compile("(?U)\\b" + kind.label() + "\\b"));
        }
        return names;
    }

    private static Period period(java.util.regex.MatchResult match) {
        if (match.group(1) != null) {
            return Period.ofMonths(1);
        }
        var count = NUMBERS.containsKey(match.group(2)) ? NUMBERS.get(match.group(2)) : Integer.parseInt(match.group(2));
        var unit = match.group(3);
        if (unit.startsWith("Woche")) {
            return Period.ofWeeks(count);
        }
        return unit.startsWith("Monat") ? Period.ofMonths(count) : Period.ofDays(count);
    }

    /**
     * Where the remedy is filed: after "beim"/"bei der" the authority or court and its address,
     * comma-separated parts as long as they start with a capital or a digit, up to the first verb
     * or manner word ("schriftlich", "einzulegen").
     */
    private static String where(List<String> sentences, Remedy.Kind kind) {
        for (var sentence : sentences) {
            var at = AT.matcher(sentence);
            if (!names(sentence, kind) || !at.find()) {
                continue;
            }
            var parts = new ArrayList<String>();
            for (var segment : sentence.substring(at.end()).split(", ")) {
                if (segment.isEmpty() || !parts.isEmpty() && !(Character.isUpperCase(segment.charAt(0)) || Character.isDigit(segment.charAt(0)))) {
                    break;
                }
                var kept = new StringBuilder();
                var stopped = false;
                for (var word : segment.split(" ")) {
                    if (!kept.isEmpty() && STOP_WORDS.contains(word.replaceAll("[.,;]$", ""))) {
                        stopped = true;
                        break;
                    }
                    kept.append(kept.isEmpty() ? "" : " ").append(word);
                }
                parts.add(kept.toString());
                if (stopped) {
                    break;
                }
            }
            var where = String.join(", ", parts).strip();
            where = where.endsWith(".") ? where.substring(0, where.length() - 1) : where;
            return where.isEmpty() || where.length() > 200 ? null : where;
        }
        return null;
    }
}

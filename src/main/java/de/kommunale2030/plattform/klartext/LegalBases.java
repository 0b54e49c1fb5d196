package de.kommunale2030.plattform.klartext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cited statutes and ordinances. A section citation names its law by abbreviation ("§ 240 AO"), by
 * name with the abbreviation in brackets ("§ 240 der Abgabenordnung (AO)", cited as "§ 240 AO")
 * or by name alone ("§ 2 Abs. 3 der Hundesteuersatzung", kept as written unless the notice gives
 * the name an abbreviation elsewhere). "§ 12 Abs. 4, § 49 StVO" cites both sections of the StVO.
 * A law named with its abbreviation but no section is cited as "Grundsteuergesetz (GrStG)".
 * A section whose law the notice does not name ("§ 2 der Satzung") is left out.
 */
final class LegalBases {

    private static final String SPACE = "[ \\u00A0]";
    private static final Pattern SECTION = Pattern.compile("§§?" + SPACE + "?\\d{1,4}[a-z]?"
            + "(?:" + SPACE + "(?:(?:Abs\\.|Absatz|Satz|S\\.|Nr\\.)" + SPACE + "?\\d{1,3}[a-z]?|Buchst\\." + SPACE + "?[a-z]\\b)"
            + "|(?:," + SPACE + "|" + SPACE + "und" + SPACE + "|" + SPACE + "bis" + SPACE + "|" + SPACE + "oder" + SPACE + ")\\d{1,4}[a-z]?\\b(?![.,]\\d)){0,30}");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\d\\." + SPACE + ")?\\p{Lu}[\\p{L}\\-]{0,12}\\p{Lu}[\\p{L}\\-]{0,8}(?:" + SPACE + "(?:[IVX]{1,4}|NRW|M-V)\\b)?");
    private static final Pattern DIRECT = Pattern.compile(SPACE + "(" + ABBREVIATION.pattern() + ")(?![\\p{L}\\d])");
    private static final Pattern NAMED = Pattern.compile(
            SPACE + "(?:der|des|dem)" + SPACE + "([^§;()]{3,120}?)" + SPACE + "?(?:\\(|–" + SPACE + ")(" + ABBREVIATION.pattern() + ")\\)?");
    private static final Pattern NAME_ONLY = Pattern.compile(
            SPACE + "(?:der|des|dem)" + SPACE + "((?:\\p{Lu}\\p{L}{1,20}" + SPACE + "|\\p{Lu}\\p{L}{1,30}-" + SPACE + "und" + SPACE + "){0,2}\\p{Lu}[\\p{L}\\-]{0,40}?"
                    + "(?:[Gg]esetz(?:es|buch(?:e?s)?)?|[Oo]rdnung|[Vv]erordnung|[Ss]atzung))\\b");
    private static final Pattern BRACKETED = Pattern.compile("\\((" + ABBREVIATION.pattern() + ")\\)|–" + SPACE + "(" + ABBREVIATION.pattern() + ")\\)");
    /** "§ 41 Abs. 1 in Verbindung mit Anlage 2 (Zeichen 274), § 49 StVO": both sections are the StVO's. */
    private static final Pattern ANNEX_CHAIN = Pattern.compile(
            SPACE + "(?:in Verbindung mit|i\\. ?V\\. ?m\\.)" + SPACE + "Anlage" + SPACE + "\\d{1,2}(?:" + SPACE + "\\([^()]{1,30}\\))?," + SPACE + "§");
    private static final Pattern LAW_HEAD = Pattern.compile("(?iu).*(?:gesetz|ordnung|buch|satzung).*");
    private static final Pattern WORD_BREAK = Pattern.compile("(?U)\\s+");
    private static final Set<String> STOP = Set.of("der", "des", "dem", "den", "die", "das", "nach", "im", "zum", "zur",
            "von", "vom", "mit", "aus", "gemäß", "laut", "sowie", "auf", "in", "Verbindung", "i.", "V.", "m.");

    private LegalBases() {
    }

    static List<String> of(String text) {
        var bases = new ArrayList<Cited>();
        var abbreviations = abbreviations(text);
        var consumed = new ArrayList<int[]>();
        var pending = new ArrayList<Cited>();
        var section = SECTION.matcher(text);
        while (section.find()) {
            var cited = section.group().replace('\u00A0', ' ');
            var after = section.end();
            String law = null;
            var direct = DIRECT.matcher(text).region(after, Math.min(text.length(), after + 30));
            var named = NAMED.matcher(text).region(after, Math.min(text.length(), after + 160));
            var nameOnly = NAME_ONLY.matcher(text).region(after, Math.min(text.length(), after + 120));
            if (direct.lookingAt()) {
                law = direct.group(1).replace('\u00A0', ' ');
            } else if (named.lookingAt() && LAW_HEAD.matcher(named.group(1)).matches()) {
                law = named.group(2).replace('\u00A0', ' ');
                consumed.add(new int[] {named.start(), named.end()});
            } else if (nameOnly.lookingAt() && !nameOnly.group(1).equals("Satzung")) {
                var name = nameOnly.group(1);
                law = abbreviations.getOrDefault(head(name), text.substring(nameOnly.start() + 1, nameOnly.end()));
            }
            if (law == null) {
                var chained = text.startsWith(", §", after) || text.startsWith(" und §", after)
                        || ANNEX_CHAIN.matcher(text).region(after, Math.min(text.length(), after + 80)).lookingAt();
                if (chained) {
                    pending.add(new Cited(section.start(), cited));
                } else {
                    pending.clear();
                }
                continue;
            }
            for (var earlier : pending) {
                bases.add(new Cited(earlier.at(), earlier.text() + " " + law));
            }
            pending.clear();
            bases.add(new Cited(section.start(), cited + " " + law));
        }
        var bracketed = BRACKETED.matcher(text);
        while (bracketed.find()) {
            final var at = bracketed.start();
            if (consumed.stream().anyMatch(range -> at >= range[0] && at < range[1])) {
                continue;
            }
            var name = nameBefore(text, at);
            if (name != null) {
                var abbreviation = bracketed.group(1) != null ? bracketed.group(1) : bracketed.group(2);
                bases.add(new Cited(at, nominative(name) + " (" + abbreviation.replace('\u00A0', ' ') + ")"));
            }
        }
        return bases.stream().sorted(java.util.Comparator.comparingInt(Cited::at)).map(Cited::text).distinct().toList();
    }

    /** Every law the notice gives an abbreviation, by its head noun ("abgabenordnung" → "AO"). */
    private static Map<String, String> abbreviations(String text) {
        var known = new HashMap<String, String>();
        var bracketed = BRACKETED.matcher(text);
        while (bracketed.find()) {
            var name = nameBefore(text, bracketed.start());
            if (name != null) {
                known.putIfAbsent(head(name), bracketed.group(1) != null ? bracketed.group(1) : bracketed.group(2));
            }
        }
        return known;
    }

    /**
     * The law's name before a bracket at {@code bracket}: from the leftmost word with a law's head
     * noun among the words since the last section sign, bracket or semicolon, widened by the
     * capitalised words before it ("Hessischen Schulgesetzes", "Kinder- und Jugendhilfegesetzbuches").
     */
    private static String nameBefore(String text, int bracket) {
        var from = Math.max(0, bracket - 140);
        var window = text.substring(from, bracket);
        var cut = Math.max(Math.max(window.lastIndexOf('§'), window.lastIndexOf(';')),
                Math.max(window.lastIndexOf('('), window.lastIndexOf(')')));
        window = window.substring(cut + 1).replace('\u00A0', ' ').strip();
        if (window.endsWith("–")) {
            window = window.substring(0, window.length() - 1).strip();
        }
        // a doubled blank ("dem  Grundsteuergesetz") or a tab must not make an empty word
        var words = WORD_BREAK.splitAsStream(window).filter(word -> !word.isEmpty()).toList();
        var first = -1;
        for (var i = words.size() - 1; i >= 0 && i >= words.size() - 10; i--) {
            if (STOP.contains(words.get(i)) && first >= 0 && !LAW_HEAD.matcher(String.join(" ", words.subList(i, words.size()))).matches()) {
                break;
            }
            if (LAW_HEAD.matcher(words.get(i)).matches()) {
                first = i;
            }
        }
        if (first < 0) {
            return null;
        }
        while (first > 0) {
            var word = words.get(first - 1);
            var hyphenated = word.endsWith("-");
            var joined = word.equals("und") && first > 1 && words.get(first - 2).endsWith("-");
            if (!(hyphenated || joined || Character.isUpperCase(word.charAt(0)) && !STOP.contains(word))) {
                break;
            }
            first--;
        }
        var name = String.join(" ", words.subList(first, words.size())).strip();
        return name.isEmpty() || name.contains(",") && name.length() > 100 ? null : name;
    }

    private static String head(String name) {
        var words = name.split(" ");
        for (var word : words) {
            if (LAW_HEAD.matcher(word).matches()) {
                return nominative(word).toLowerCase(Locale.ROOT);
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** The law's head noun in the nominative: "Grundsteuergesetzes" → "Grundsteuergesetz". */
    private static String nominative(String name) {
        return name.replaceAll("(?i)(gesetz)es\\b", "$1").replaceAll("(?i)(buch)e?s\\b", "$1");
    }

    private record Cited(int at, String text) {
    }
}

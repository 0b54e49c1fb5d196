package de.kommunale2030.plattform.klartext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How readable a German text is, by the usual formulas, for the clerk who checks an explanation.
 *
 * <p>Counting rules, decided here so every figure is reproducible:
 * <ul>
 *   <li>A line break always ends a sentence. A heading (a line without end punctuation) therefore
 *       counts as a sentence of its own: it is read as a unit, and merging it into the next sentence
 *       would make that sentence look longer than the reader experiences it. A line that holds no
 *       word does not count.</li>
 *   <li>Within a line a sentence ends at {@code . ! ?} followed by a space and a word that does not
 *       start in lower case, except after known abbreviations ("Abs.", "Nr.", "z. B.", "i. A."),
 *       after an ordinal before a month ("15. Februar") and inside dates and amounts
 *       ("15.02.2025", "2.186,00 €"), which have no space after the point.</li>
 *   <li>A word is a space-separated token with a letter or digit ("§" and "€" alone are none).
 *       A placeholder such as {@code [PERSON_1]} is one word; it stands for a name or a number, so it
 *       counts as a typical name: 2 syllables, not longer than 6 letters.</li>
 *   <li>Syllables are vowel nuclei (a e i o u ä ö ü y); ei, ie, au, eu, äu, ai and doubled vowels
 *       are one nucleus, and u after q is no vowel. A word without a vowel (a number, "BGB") has
 *       1 syllable, since digits are what plain language asks for.</li>
 *   <li>A text without words scores 0 on every figure.</li>
 * </ul>
 *
 * @param sentences             sentences with at least one word
 * @param words                 words
 * @param fleschAmstad          Flesch reading ease for German after Amstad: 180 − ASL − 58.5 × ASW
 * @param wienerSachtextformel  first Wiener Sachtextformel (school grade, 4 easy to 15 hard)
 * @param lix                   Läsbarhetsindex: words per sentence + % words longer than 6 letters
 * @param meanSentenceLength    words per sentence (ASL)
 * @param shareOfShortSentences share of sentences with at most 15 words, 0 to 1
 */
public record Readability(int sentences, int words, double fleschAmstad, double wienerSachtextformel, double lix,
                          double meanSentenceLength, double shareOfShortSentences) {

    /** The limit of plain-language practice: one statement, at most about 15 words. */
    public static final int SHORT_SENTENCE_WORDS = 15;

    private static final Set<String> ABBREVIATIONS = Set.of("abs", "abschn", "anl", "art", "az", "bspw", "buchst",
            "bzgl", "bzw", "ca", "dr", "etc", "evtl", "ff", "fr", "gem", "ggf", "hr", "inkl", "kap", "lfd", "max",
            "min", "mind", "nr", "prof", "s", "sog", "st", "str", "tel", "usw", "vgl", "ziff", "zzgl");
    private static final Set<String> MONTHS = Set.of("januar", "jänner", "februar", "märz", "april", "mai", "juni",
            "juli", "august", "september", "oktober", "november", "dezember");
    private static final String VOWELS = "aeiouäöüy";
    private static final Set<String> DIPHTHONGS = Set.of("ei", "ie", "au", "eu", "äu", "ai");

    public static Readability of(String text) {
        var sentences = new ArrayList<List<String>>();
        for (var sentence : sentences(text == null ? "" : text)) {
            var words = words(sentence);
            if (!words.isEmpty()) {
                sentences.add(words);
            }
        }
        int wordCount = sentences.stream().mapToInt(List::size).sum();
        if (wordCount == 0) {
            return new Readability(0, 0, 0, 0, 0, 0, 0);
        }
        int syllables = 0;
        int polysyllabic = 0;
        int monosyllabic = 0;
        int longWords = 0;
        for (var words : sentences) {
            for (var word : words) {
                int count = syllables(word);
                syllables += count;
                polysyllabic += count >= 3 ? 1 : 0;
                monosyllabic += count == 1 ? 1 : 0;
                longWords += letters(word) > 6 ? 1 : 0;
            }
        }
        double asl = (double) wordCount / sentences.size();
        double asw = (double) syllables / wordCount;
        double ms = 100.0 * polysyllabic / wordCount;
        double iw = 100.0 * longWords / wordCount;
        double es = 100.0 * monosyllabic / wordCount;
        long shortSentences = sentences.stream().filter(words -> words.size() <= SHORT_SENTENCE_WORDS).count();
        return new Readability(sentences.size(), wordCount,
                180 - asl - 58.5 * asw,
                0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875,
                asl + iw,
                asl,
                (double) shortSentences / sentences.size());
    }

    /** The text's sentences (and headings) by the rules above, trimmed; may contain some without words. */
    static List<String> sentences(String text) {
        var sentences = new ArrayList<String>();
        for (var line : text.split("\\R")) {
            int start = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c != '.' && c != '!' && c != '?') {
                    continue;
                }
                int end = i + 1;
                while (end < line.length() && ".!?\"“”„'’)»«".indexOf(line.charAt(end)) >= 0) {
                    end++;
                }
                if (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                    continue;
                }
                if (end < line.length() && !endsSentence(line, i, end)) {
                    continue;
                }
                add(sentences, line.substring(start, end));
                start = end;
                i = end - 1;
            }
            add(sentences, line.substring(start));
        }
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        if (!sentence.isBlank()) {
            sentences.add(sentence.strip());
        }
    }

    /** Whether the point at {@code mark}, followed by white space at {@code after}, ends a sentence. */
    private static boolean endsSentence(String line, int mark, int after) {
        int next = after;
        while (next < line.length() && Character.isWhitespace(line.charAt(next))) {
            next++;
        }
        if (next == line.length()) {
            return true;
        }
        if (Character.isLowerCase(line.charAt(next))) {
            return false;
        }
        if (line.charAt(mark) != '.') {
            return true;
        }
        var before = tokenBefore(line, mark);
        var following = tokenAt(line, next);
        if (before.isEmpty()) {
            return true;
        }
        if (before.chars().allMatch(Character::isDigit)) {
            return !MONTHS.contains(following.toLowerCase(Locale.GERMAN));
        }
        if (ABBREVIATIONS.contains(before.toLowerCase(Locale.GERMAN))) {
            return false;
        }
        if (before.length() == 1) {
            // "z. B.", "d. h.", "i. A.", "i. V. m.": a lower-case letter is always an abbreviation, an
            // upper-case one only after such a letter (a sentence may end in "Grundsteuer B.")
            return Character.isUpperCase(before.charAt(0)) && !followsInitial(line, mark - 1);
        }
        return true;
    }

    private static boolean followsInitial(String line, int tokenStart) {
        int i = tokenStart - 1;
        while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        return i >= 1 && line.charAt(i) == '.' && Character.isLetter(line.charAt(i - 1))
               && (i < 2 || !Character.isLetter(line.charAt(i - 2)));
    }

    private static String tokenBefore(String line, int mark) {
        int start = mark;
        while (start > 0 && Character.isLetterOrDigit(line.charAt(start - 1))) {
            start--;
        }
        return line.substring(start, mark);
    }

    private static String tokenAt(String line, int start) {
        int end = start;
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
            end++;
        }
        return line.substring(start, end);
    }

    /** The words of a sentence: placeholders whole, other tokens without surrounding punctuation. */
    static List<String> words(String sentence) {
        var words = new ArrayList<String>();
        for (var token : sentence.split("\\s+")) {
            var placeholder = Mentions.PLACEHOLDER.matcher(token);
            if (placeholder.find()) {
                words.add(placeholder.group());
                continue;
            }
            int start = 0;
            int end = token.length();
            while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
                start++;
            }
            while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                words.add(token.substring(start, end));
            }
        }
        return words;
    }

    /** Syllables of one word by the German heuristic described above. */
    static int syllables(String word) {
        if (Mentions.PLACEHOLDER.matcher(word).matches()) {
            return 2;
        }
        var lower = word.toLowerCase(Locale.GERMAN);
        int nuclei = 0;
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            boolean vowel = VOWELS.indexOf(c) >= 0 && !(c == 'u' && i > 0 && lower.charAt(i - 1) == 'q');
            if (!vowel) {
                i++;
                continue;
            }
            nuclei++;
            if (i + 1 < lower.length()) {
                var pair = lower.substring(i, i + 2);
                if (DIPHTHONGS.contains(pair) || (pair.charAt(0) == pair.charAt(1) && "aeo".indexOf(c) >= 0)) {
                    i++;
                }
            }
            i++;
        }
        return Math.max(1, nuclei);
    }

    private static int letters(String word) {
        if (Mentions.PLACEHOLDER.matcher(word).matches()) {
            return 0;
        }
        return (int) word.chars().filter(Character::isLetter).count();
    }
}

package de.kommunale2030.plattform.klartext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * German administrative terms with a plain-German explanation each, and where they occur in a text.
 * The built-in list is {@code klartext/glossar.tsv} (its header explains the format).
 *
 * <p>A term is found as a whole word, with the simple endings German adds (Bescheid, Bescheides,
 * Bescheiden), and in the forms its variants list (Säumniszuschläge, fällig). A variant written
 * {@code -bescheid} also finds the term as the last part of a compound (Grundsteuerbescheid); terms
 * where that would misfire (Klage in "Anklage", Rate in "Karate") simply have no such variant.
 */
public final class Glossary {

    private static final String RESOURCE = "/klartext/glossar.tsv";
    private static final String ENDINGS = "(?:e|en|er|ern|es|n|ns|s|se|sen)?";
    // "_" belongs to the word so that a placeholder such as [IBAN_1] is not taken for the term IBAN
    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}_])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}_])";

    /** One term, the other forms it is found by, and its explanation (1–2 short sentences). */
    public record Entry(String term, List<String> variants, String explanation) {

        public Entry {
            if (term == null || term.isBlank() || explanation == null || explanation.isBlank()) {
                throw new IllegalArgumentException("A glossary entry needs a term and an explanation");
            }
            variants = List.copyOf(variants);
        }

        /** The paragraph the explanation shows: "Begriff: Erklärung." */
        public String asParagraph() {
            return term + ": " + explanation;
        }
    }

    private record Hit(int entry, int start, int end) {

        boolean liesWithin(Hit other) {
            return other.entry != entry && other.start <= start && other.end >= end
                   && other.end - other.start > end - start;
        }
    }

    private final List<Entry> entries;
    private final List<Pattern> patterns;
    private final List<List<String>> needles;

    public Glossary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.patterns = this.entries.stream().map(Glossary::patternOf).toList();
        this.needles = this.entries.stream().map(Glossary::needlesOf).toList();
    }

    /** The glossary this project ships (≥ 150 terms), read once. */
    public static Glossary standard() {
        return Standard.GLOSSARY;
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The entries whose term occurs in {@code text}, each once, in the order of first occurrence. An
     * occurrence inside a longer term's occurrence does not count: "Verwaltungsgericht" explains
     * itself without a second entry for "Gericht".
     */
    public List<Entry> occurringIn(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        var hits = new ArrayList<Hit>();
        // Every occurrence of a term begins with the first word of one of its forms, so its regular
        // expression is tried only where such a word begins (found in the text in lower case), not
        // at every position: running all of them over a letter cost ~90 ms, this well under 1 ms.
        var lower = text.toLowerCase(Locale.GERMAN);
        var sameOffsets = lower.length() == text.length();
        for (int i = 0; i < patterns.size(); i++) {
            var matcher = patterns.get(i).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (!sameOffsets) {
                while (matcher.find()) {
                    hits.add(new Hit(i, matcher.start(), matcher.end()));
                }
                continue;
            }
            for (var needle : needles.get(i)) {
                for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
                    if (matcher.region(at, text.length()).lookingAt()) {
                        hits.add(new Hit(i, matcher.start(), matcher.end()));
                    }
                }
            }
        }
        var firstOccurrence = new LinkedHashMap<Integer, Integer>();
        hits.stream()
            .filter(hit -> hits.stream().noneMatch(hit::liesWithin))
            .sorted(Comparator.comparingInt(Hit::start))
            .forEach(hit -> firstOccurrence.putIfAbsent(hit.entry(), hit.start()));
        return firstOccurrence.keySet().stream().map(entries::get).toList();
    }

    private static Pattern patternOf(Entry entry) {
        var forms = new ArrayList<String>();
        forms.add(entry.term());
        forms.addAll(entry.variants());
        // longest first, so that the alternation prefers "Punkte in Flensburg" to a shorter form
        forms.sort(Comparator.comparingInt(String::length).reversed());
        var alternatives = forms.stream().map(Glossary::formPattern).toList();
        return Pattern.compile(String.join("|", alternatives));
    }

    /** The first word of each form in lower case: every occurrence of the entry contains one of them. */
    private static List<String> needlesOf(Entry entry) {
        var forms = new ArrayList<String>();
        forms.add(entry.term());
        forms.addAll(entry.variants());
        return forms.stream()
            .map(form -> form.startsWith("-") ? form.substring(1) : form)
            .map(form -> form.strip().split("\\s+")[0].toLowerCase(Locale.GERMAN))
            .distinct()
            .toList();
    }

    private static String formPattern(String form) {
        if (form.startsWith("-")) {
            return "(?<=\\p{L})" + wordPattern(form.substring(1), false) + NOT_BEFORE_WORD;
        }
        var words = Arrays.stream(form.split("\\s+")).map(word -> wordPattern(word, true)).toList();
        return NOT_AFTER_WORD + String.join("\\s+", words) + NOT_BEFORE_WORD;
    }

    /**
     * One word of a form with its possible endings. A word written in lower case (an adjective, a
     * participle) is also found capitalised at the start of a sentence; a capitalised noun is found
     * only capitalised, so that "erlassen" is not taken for "Erlass".
     */
    private static String wordPattern(String word, boolean mayStartSentence) {
        var first = word.substring(0, 1);
        var rest = Pattern.quote(word.substring(1));
        var start = mayStartSentence && Character.isLowerCase(word.charAt(0))
                ? "[" + Pattern.quote(first) + Pattern.quote(first.toUpperCase(Locale.GERMAN)) + "]"
                : Pattern.quote(first);
        var endings = Character.isLetter(word.charAt(word.length() - 1)) ? ENDINGS : "";
        return start + (word.length() > 1 ? rest : "") + endings;
    }

    /** Reads the TSV: comment lines start with #, columns are term, variants (| separated), explanation. */
    static List<Entry> parse(List<String> lines) {
        var entries = new ArrayList<Entry>();
        for (int number = 1; number <= lines.size(); number++) {
            var line = lines.get(number - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var columns = line.split("\t", -1);
            if (columns.length != 3) {
                throw new IllegalStateException("Glossary line " + number + " does not have 3 columns");
            }
            var variants = Arrays.stream(columns[1].split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
            entries.add(new Entry(columns[0].strip(), variants, columns[2].strip()));
        }
        return entries;
    }

    private static final class Standard {

        static final Glossary GLOSSARY = load();

        private static Glossary load() {
            var stream = Glossary.class.getResourceAsStream(RESOURCE);
            if (stream == null) {
                throw new IllegalStateException("The glossary resource " + RESOURCE + " is missing");
            }
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                return new Glossary(parse(reader.lines().toList()));
            } catch (IOException e) {
                throw new UncheckedIOException("The glossary resource cannot be read", e);
            }
        }
    }
}

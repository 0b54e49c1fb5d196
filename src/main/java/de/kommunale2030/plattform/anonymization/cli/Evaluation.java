package de.kommunale2030.plattform.anonymization.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import de.kommunale2030.plattform.anonymization.Anonymizer;
import de.kommunale2030.plattform.anonymization.EntityType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the anonymiser on an annotated corpus (format of {@code src/test/resources/anonymization/dev/README.md}),
 * with the rules of the corpus' reference evaluator {@code check.py}: a personal value leaks if it is
 * still in the output at word boundaries, case-insensitively, and for identifiers also once all
 * whitespace is removed; a keep value is retained if it is in the output verbatim. Over-masking counts
 * the masked spans that cover no annotated personal value.
 */
public final class Evaluation {

    public static final double KEEP_THRESHOLD = 0.98;

    private static final Set<String> ID_LIKE = Set.of("IBAN", "BIC", "PHONE", "TAX_ID", "TAX_NUMBER", "CASE_NUMBER",
            "ID_NUMBER", "SOCIAL_SECURITY", "LICENSE_PLATE", "PROPERTY_ID");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, int[]> leaksPerType = new TreeMap<>();
    private final Map<EntityType, int[]> overMaskedPerType = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int documents;
    private int keepTotal;
    private int keepFound;
    private int masked;

    /**
     * Runs the anonymiser over every document of a JSON Lines corpus.
     *
     * @throws IllegalArgumentException if a line lacks one of the fields id, text, pii, keep
     */
    public static Evaluation run(BufferedReader corpus, Anonymizer anonymizer) throws IOException {
        var evaluation = new Evaluation();
        int number = 0;
        for (String line = corpus.readLine(); line != null; line = corpus.readLine()) {
            number++;
            if (!line.isBlank()) {
                var document = JSON.readTree(line);
                for (var field : new String[] { "id", "text", "pii", "keep" }) {
                    if (!document.has(field)) {
                        throw new IllegalArgumentException("Corpus line " + number + " has no field " + field);
                    }
                }
                evaluation.add(document, anonymizer);
            }
        }
        return evaluation;
    }

    private void add(JsonNode document, Anonymizer anonymizer) {
        documents++;
        var text = document.get("text").asString();
        var result = anonymizer.pseudonymise(text);
        var output = result.text();
        var compactOutput = WHITESPACE.matcher(output).replaceAll("");
        var leaked = new ArrayList<String>();
        var values = new ArrayList<String>();
        for (var pii : document.get("pii")) {
            var type = pii.get("type").asString();
            var value = pii.get("value").asString();
            values.add(value);
            var counts = leaksPerType.computeIfAbsent(type, t -> new int[2]);
            counts[1]++;
            if (leaks(value, type, output, compactOutput)) {
                counts[0]++;
                leaked.add(type + ":" + value);
            }
        }
        var lost = new ArrayList<String>();
        for (var keep : document.get("keep")) {
            keepTotal++;
            if (output.contains(keep.asString())) {
                keepFound++;
            }
            else {
                lost.add(keep.asString());
            }
        }
        var overMasked = new ArrayList<String>();
        for (var replacement : result.replacements()) {
            var entity = replacement.entity();
            masked++;
            if (!coversPersonalValue(text, entity.start(), entity.end(), values)) {
                overMaskedPerType.computeIfAbsent(entity.type(), t -> new int[1])[0]++;
                overMasked.add(entity.type() + "/" + entity.recogniser() + ":" + text.substring(entity.start(), entity.end()));
            }
        }
        if (!leaked.isEmpty() || !lost.isEmpty() || !overMasked.isEmpty()) {
            var report = new StringBuilder("  " + document.get("id").asString() + ": " + leaked.size() + " leaked, "
                    + lost.size() + " keep values lost, " + overMasked.size() + " over-masked\n");
            leaked.forEach(value -> report.append("      LEAK  ").append(value).append('\n'));
            lost.forEach(value -> report.append("      LOST  ").append(value).append('\n'));
            overMasked.forEach(value -> report.append("      OVER  ").append(value).append('\n'));
            failures.add(report.toString());
        }
    }

    static boolean leaks(String value, String type, String output, String compactOutput) {
        var word = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (word.matcher(output).find()) {
            return true;
        }
        var compact = WHITESPACE.matcher(value).replaceAll("");
        if (!ID_LIKE.contains(type) || compact.isEmpty()) {
            return false;
        }
        var before = Character.isDigit(compact.charAt(0)) ? "(?<![0-9])" : "";
        var after = Character.isDigit(compact.charAt(compact.length() - 1)) ? "(?![0-9])" : "";
        return Pattern.compile(before + Pattern.quote(compact) + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(compactOutput)
            .find();
    }

    private static boolean coversPersonalValue(String text, int start, int end, List<String> values) {
        for (var value : values) {
            for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
                if (at < end && start < at + value.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    public int documents() {
        return documents;
    }

    public int leaks() {
        return leaksPerType.values().stream().mapToInt(counts -> counts[0]).sum();
    }

    public int personalValues() {
        return leaksPerType.values().stream().mapToInt(counts -> counts[1]).sum();
    }

    public double keepRetention() {
        return keepTotal == 0 ? 1 : (double) keepFound / keepTotal;
    }

    public int overMasked() {
        return overMaskedPerType.values().stream().mapToInt(counts -> counts[0]).sum();
    }

    public boolean passed() {
        return leaks() == 0 && keepRetention() >= KEEP_THRESHOLD;
    }

    /** The report in the layout of check.py, plus over-masking per type. */
    public String report(boolean details) {
        var report = new StringBuilder("== leaks per pii type ==\n");
        leaksPerType.forEach((type, counts) -> report.append(String.format("  %-16s %4d/%-4d%n", type, counts[0], counts[1])));
        report.append(String.format("  %-16s %4d/%-4d%n", "OVERALL", leaks(), personalValues()));
        report.append(String.format("== keep retention: %d/%d = %.3f (threshold %.2f) ==%n", keepFound, keepTotal,
                keepRetention(), KEEP_THRESHOLD));
        report.append(String.format("== over-masking: %d of %d masked spans cover no annotated value ==%n", overMasked(), masked));
        overMaskedPerType.forEach((type, counts) -> report.append(String.format("  %-16s %4d%n", type, counts[0])));
        report.append("== documents with findings: ").append(failures.size()).append('/').append(documents).append(" ==\n");
        if (details) {
            failures.forEach(report::append);
        }
        report.append("RESULT: ").append(passed() ? "PASS" : "FAIL").append('\n');
        report.append(String.format("leaks=%d/%d keep=%.3f docs=%d%n", leaks(), personalValues(), keepRetention(), documents));
        return report.toString();
    }
}

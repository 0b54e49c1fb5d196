package de.kommunale2030.plattform.anonymization.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import de.kommunale2030.plattform.anonymization.Anonymizer;
import de.kommunale2030.plattform.anonymization.Pseudonymised;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full pipeline (analyse and pseudonymise) on the 25 letters of the dev corpus, one thread:
 * {@code corpus} gives the throughput (the letters hold {@link #corpusBytes} bytes of UTF-8),
 * {@code twoPageLetter} the latency distribution for the longest letter. Run with
 * {@code bench/anonymize.sh} (docs/performance.md).
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
public class AnonymizerBenchmark {

    private final Anonymizer anonymizer = new Anonymizer();
    private List<String> letters;
    private String longest;
    long corpusBytes;

    @Setup(Level.Trial)
    public void load() throws IOException {
        var json = JsonMapper.builder().build();
        letters = new ArrayList<>();
        var corpus = AnonymizerBenchmark.class.getResourceAsStream("/anonymization/dev/bescheide-dev.jsonl");
        if (corpus == null) {
            throw new IllegalStateException("dev corpus missing from the test class path");
        }
        try (var reader = new BufferedReader(new InputStreamReader(corpus, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                letters.add(json.readTree(line).get("text").asString());
            }
        }
        longest = letters.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        corpusBytes = letters.stream().mapToLong(letter -> letter.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%n%d letters, %d bytes of UTF-8; longest letter %d chars%n", letters.size(), corpusBytes,
                longest.length());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void corpus(Blackhole sink) {
        for (var letter : letters) {
            sink.consume(anonymizer.pseudonymise(letter));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Pseudonymised twoPageLetter() {
        return anonymizer.pseudonymise(longest);
    }
}

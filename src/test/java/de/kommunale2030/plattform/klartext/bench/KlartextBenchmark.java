package de.kommunale2030.plattform.klartext.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import de.kommunale2030.plattform.anonymization.Policy;
import de.kommunale2030.plattform.klartext.Deadlines;
import de.kommunale2030.plattform.klartext.Klartext;
import de.kommunale2030.plattform.klartext.KlartextResult;
import de.kommunale2030.plattform.klartext.Land;
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
 * The built-in Klartext pipeline (anonymise → parts and facts → deadlines → explanation → put the
 * values back → readability of both texts), one thread, no language model: {@code twoPageLetter}
 * gives the latency distribution for the longest letter of both corpora (the target: p95
 * ≤ 50 ms), {@code corpus} the mean time for all 55 letters. Run with {@code bench/klartext.sh}.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
public class KlartextBenchmark {

    private static final Deadlines RULES = new Deadlines(4, Land.RP);

    private final Klartext klartext = new Klartext();
    private List<String> letters;
    private String longest;

    @Setup(Level.Trial)
    public void load() throws IOException {
        var json = JsonMapper.builder().build();
        letters = new ArrayList<>();
        for (var corpus : List.of("/anonymization/dev/bescheide-dev.jsonl", "/anonymization/own/bescheide-own.jsonl")) {
            var stream = KlartextBenchmark.class.getResourceAsStream(corpus);
            if (stream == null) {
                throw new IllegalStateException("corpus missing from the test class path: " + corpus);
            }
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    letters.add(json.readTree(line).get("text").asString());
                }
            }
        }
        longest = letters.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        System.out.printf("%n%d letters; longest letter %d chars%n", letters.size(), longest.length());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public KlartextResult twoPageLetter() {
        return klartext.explain(longest, Policy.NONE, RULES, false);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void corpus(Blackhole sink) {
        for (var letter : letters) {
            sink.consume(klartext.explain(letter, Policy.NONE, RULES, false));
        }
    }
}

package de.kommunale2030.plattform.anonymization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import de.kommunale2030.plattform.anonymization.cli.Evaluation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every annotated corpus under {@code src/test/resources/anonymization/} (the dev corpus, and any
 * corpus added beside it later): no personal value may leak, at least 98 % of the keep values must
 * survive. The full report lands in {@code target/anonymization-evaluation/} for reading.
 */
class CorpusEvaluationTests {

    private static final Path CORPORA = Path.of("src/test/resources/anonymization");
    private static final Path REPORTS = Path.of("target/anonymization-evaluation");

    @TestFactory
    Stream<DynamicTest> everyAnnotatedCorpusPasses() throws IOException {
        List<Path> corpora;
        try (var files = Files.walk(CORPORA)) {
            corpora = files.filter(file -> file.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertThat(corpora).isNotEmpty();
        return corpora.stream().map(corpus -> DynamicTest.dynamicTest(CORPORA.relativize(corpus).toString(), () -> {
            Evaluation evaluation;
            try (var reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
                evaluation = Evaluation.run(reader, new Anonymizer());
            }
            var report = evaluation.report(true);
            Files.createDirectories(REPORTS);
            Files.writeString(REPORTS.resolve(corpus.getFileName() + ".txt"), report);
            assertThat(evaluation.documents()).as(report).isPositive();
            assertThat(evaluation.leaks()).as(report).isZero();
            assertThat(evaluation.keepRetention()).as(report).isGreaterThanOrEqualTo(Evaluation.KEEP_THRESHOLD);
        }));
    }
}

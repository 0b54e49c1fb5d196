package de.kommunale2030.plattform.anonymization.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import de.kommunale2030.plattform.anonymization.Anonymizer;
import de.kommunale2030.plattform.anonymization.Policy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The evaluator must catch what check.py catches, or a green corpus test would mean nothing. */
class EvaluationTests {

    @Test
    void findsLeaksAtWordBoundariesIgnoringCaseAndForIdentifiersIgnoringSpaces() {
        assertThat(Evaluation.leaks("Großkopf", "PERSON", "Herr GROSSKOPF und herr großkopf", "")).isTrue();
        assertThat(Evaluation.leaks("Lange", "PERSON", "wie solange", "")).isFalse();
        var output = "IBAN DE89370400440532013000";
        assertThat(Evaluation.leaks("DE89 3704 0044 0532 0130 00", "IBAN", output, output.replace(" ", ""))).isTrue();
        assertThat(Evaluation.leaks("DE89 3704 0044 0532 0130 00", "PERSON", output, output.replace(" ", ""))).isFalse();
    }

    @Test
    void failsWhenTheAnonymiserMissesAValue() throws IOException {
        var corpus = """
                {"id": "x", "text": "Der Hof gehört Frau Zuckerrübe.", "pii": [{"type": "PERSON", "value": "Zuckerrübe"}, {"type": "OTHER", "value": "Hof"}], "keep": ["gehört"]}
                """;
        var evaluation = Evaluation.run(new BufferedReader(new StringReader(corpus)), new Anonymizer());
        assertThat(evaluation.leaks()).isEqualTo(1);
        assertThat(evaluation.passed()).isFalse();
        assertThat(evaluation.report(true)).contains("LEAK  OTHER:Hof").doesNotContain("LEAK  PERSON");
    }

    @Test
    void countsLostKeepValuesAndOverMasking() throws IOException {
        var corpus = """
                {"id": "x", "text": "Zahlung an die Stadtkasse Nirgendwo.", "pii": [], "keep": ["Stadtkasse Nirgendwo"]}
                """;
        var anonymizer = new Anonymizer(new Policy(java.util.Set.of(), java.util.Set.of("Nirgendwo")));
        var evaluation = Evaluation.run(new BufferedReader(new StringReader(corpus)), anonymizer);
        assertThat(evaluation.keepRetention()).isZero();
        assertThat(evaluation.overMasked()).isEqualTo(1);
        assertThat(evaluation.passed()).isFalse();
    }

    @Test
    void refusesLinesWithoutAnnotations() {
        var corpus = "{\"id\": \"x\", \"text\": \"Hallo\"}\n";
        assertThatThrownBy(() -> Evaluation.run(new BufferedReader(new StringReader(corpus)), new Anonymizer()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("line 1");
    }
}

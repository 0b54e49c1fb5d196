package de.kommunale2030.plattform.anonymization;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing with Jazzer: whatever the input, the anonymiser answers and
 * re-identification restores the text exactly. Without {@code JAZZER_FUZZ=1} the test runs the
 * inputs found so far (regression mode); the build fuzzes for a bounded time.
 */
class AnonymizerFuzzTests {

    private final Anonymizer anonymizer = new Anonymizer();

    @FuzzTest(maxDuration = "60s")
    void anyTextIsAnsweredAndRestoredExactly(FuzzedDataProvider data) {
        var text = data.consumeRemainingAsString();
        var result = anonymizer.pseudonymise(text);
        assertThat(Anonymizer.reidentify(result.text(), result.mapping())).isEqualTo(text);
    }
}

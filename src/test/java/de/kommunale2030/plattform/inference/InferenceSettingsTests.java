package de.kommunale2030.plattform.inference;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InferenceSettingsTests {

    private static final Map<String, String> PROVIDER = Map.of("K2030_INFERENCE_URL", "https://llm.example.eu",
            "K2030_INFERENCE_MODEL", "m", "K2030_INFERENCE_COUNTRY", "DE", "K2030_INFERENCE_ATTESTATION",
            "no-training-no-retention");

    @Test
    void aBlankUrlMeansNoProvider() {
        assertThat(InferenceSettings.fromEnvironment(Map.of("K2030_INFERENCE_URL", "  ")).configured()).isFalse();
    }

    @Test
    void refusesAnApiKeyThatIsNoHeaderValueWithoutQuotingIt() {
        assertThatThrownBy(() -> settings("K2030_INFERENCE_API_KEY", "sk-abc\r\nX-Injected: 1"))
            .rootCause()
            .hasMessageContaining("k2030.inference.api-key")
            .hasMessageNotContaining("sk-abc");
    }

    @Test
    void refusesRetriesOutsideZeroToTen() {
        assertThatThrownBy(() -> settings("K2030_INFERENCE_RETRIES", "11")).rootCause().hasMessageContaining("retries");
        assertThatThrownBy(() -> settings("K2030_INFERENCE_RETRIES", "-1")).rootCause().hasMessageContaining("retries");
    }

    @Test
    void refusesATimeoutOfZero() {
        assertThatThrownBy(() -> settings("K2030_INFERENCE_REQUEST_TIMEOUT", "0s")).rootCause()
            .hasMessageContaining("request-timeout");
    }

    @Test
    void refusesAUrlThatIsNotHttp() {
        assertThatThrownBy(() -> settings("K2030_INFERENCE_URL", "ftp://llm.example.eu")).rootCause()
            .hasMessageContaining("k2030.inference.url");
    }

    private static InferenceSettings settings(String name, String value) {
        var environment = new HashMap<>(PROVIDER);
        environment.put(name, value);
        return InferenceSettings.fromEnvironment(environment);
    }
}

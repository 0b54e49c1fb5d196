package de.kommunale2030.plattform.inference;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderTests {

    @ParameterizedTest
    @CsvSource({ "http://127.0.0.1:8000, http://127.0.0.1:8000/v1/chat/completions",
            "http://127.0.0.1:8000/, http://127.0.0.1:8000/v1/chat/completions",
            "https://api.example.eu/v1, https://api.example.eu/v1/chat/completions",
            "https://api.example.eu/v1/, https://api.example.eu/v1/chat/completions",
            "https://gw.example.eu/llm, https://gw.example.eu/llm/v1/chat/completions",
            "HTTPS://gw.example.eu:8443/llm/v1, https://gw.example.eu:8443/llm/v1/chat/completions" })
    void appendsTheChatCompletionsPathToTheBaseUrlWithOrWithoutV1(String url, String endpoint) {
        var provider = Provider.of(InferenceSettings.fromEnvironment(Map.of("K2030_INFERENCE_URL", url, "K2030_INFERENCE_MODEL", "m")));
        assertThat(provider.endpoint()).hasToString(endpoint);
    }

    @Test
    void namesItsProviderInAFormTheAuditLogAdmits() {
        var id = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
        for (var url : List.of("http://[::1]:8000", "http://127.0.0.1:11434", "https://api.provider.eu/v1")) {
            assertThat(Provider.id(URI.create(url))).matches(id);
        }
        assertThat(Provider.id(URI.create("http://[::1]:8000"))).isEqualTo("ipv6-::1:8000");
        assertThat(Provider.id(URI.create("https://api.provider.eu/v1"))).isEqualTo("api.provider.eu:443");
    }
}

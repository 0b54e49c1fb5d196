package de.kommunale2030.plattform.inference;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class InferenceConfigurationTests {

    private static final Map<String, Object> ENVIRONMENT = Map.of("K2030_INFERENCE_URL", "https://llm.example.eu/v1",
            "K2030_INFERENCE_MODEL", "mistral-small", "K2030_INFERENCE_API_KEY", "sk-eu-1",
            "K2030_INFERENCE_COUNTRY", "fr", "K2030_INFERENCE_ATTESTATION", "no-training-no-retention",
            "K2030_INFERENCE_REQUEST_TIMEOUT", "90s", "K2030_INFERENCE_RETRIES", "1",
            "K2030_INFERENCE_CIRCUIT_COOL_DOWN", "2m");

    /** Without the environment of the machine that runs the tests. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(InferenceConfiguration.class)
        .withInitializer(context -> replaceEnvironment(context.getEnvironment(), Map.of()));

    @Test
    void bindsTheProviderFromK2030InferenceEnvironmentVariables() {
        environment(ENVIRONMENT).run(context -> {
            assertThat(context).hasNotFailed();
            var settings = context.getBean(InferenceSettings.class);
            assertThat(settings.url()).isEqualTo("https://llm.example.eu/v1");
            assertThat(settings.model()).isEqualTo("mistral-small");
            assertThat(settings.apiKey()).isEqualTo("sk-eu-1");
            assertThat(settings.country()).isEqualTo("fr");
            assertThat(settings.attestation()).isEqualTo("no-training-no-retention");
            assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(90));
            assertThat(settings.retries()).isEqualTo(1);
            assertThat(settings.circuitCoolDown()).isEqualTo(Duration.ofMinutes(2));
            assertThat(context.getBean(LanguageModels.class).available()).isTrue();
        });
    }

    @Test
    void theCommandLineReadsTheSameEnvironmentToTheSameSettings() {
        environment(ENVIRONMENT).run(context -> {
            var environment = new HashMap<String, String>();
            ENVIRONMENT.forEach((name, value) -> environment.put(name, (String) value));
            assertThat(InferenceSettings.fromEnvironment(environment)).isEqualTo(context.getBean(InferenceSettings.class));
        });
    }

    @Test
    void bindsPropertiesAndSensibleDefaults() {
        runner.withPropertyValues("k2030.inference.url=http://localhost:11434", "k2030.inference.model=llama3.1:8b",
                "k2030.inference.country=DE", "k2030.inference.attestation=no-training-no-retention").run(context -> {
                    var settings = context.getBean(InferenceSettings.class);
                    assertThat(settings.apiKey()).isNull();
                    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
                    assertThat(settings.retries()).isEqualTo(2);
                    assertThat(settings.backoff()).isEqualTo(Duration.ofMillis(500));
                    assertThat(settings.circuitFailures()).isEqualTo(5);
                    assertThat(settings.circuitCoolDown()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(settings.maxAnswerSize()).isEqualTo(DataSize.ofKilobytes(64));
                    assertThat(context.getBean(LanguageModels.class).available()).isTrue();
                });
    }

    @Test
    void startsWithoutProviderWhenNoUrlIsSet() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(LanguageModels.class).available()).isFalse();
        });
    }

    @Test
    void failsTheStartForAProviderInTheUnitedStates() {
        var environment = new HashMap<>(ENVIRONMENT);
        environment.put("K2030_INFERENCE_COUNTRY", "US");
        environment(environment).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("Language model provider refused / Sprachmodell-Anbieter abgelehnt")
                .hasMessageContaining("k2030.inference.country (K2030_INFERENCE_COUNTRY) is 'US'")
                .hasMessageNotContaining("sk-eu-1");
        });
    }

    @Test
    void failsTheStartForAUrlWithoutModel() {
        runner.withPropertyValues("k2030.inference.url=http://localhost:11434").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("k2030.inference.model");
        });
    }

    @Test
    void failsTheStartForAUrlWithCredentials() {
        runner.withPropertyValues("k2030.inference.url=https://user:pw-4711@llm.example.eu", "k2030.inference.model=m")
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("k2030.inference.url")
                    .hasMessageNotContaining("pw-4711");
            });
    }

    private ApplicationContextRunner environment(Map<String, Object> variables) {
        return runner.withInitializer(context -> replaceEnvironment(context.getEnvironment(), variables));
    }

    private static void replaceEnvironment(ConfigurableEnvironment environment, Map<String, Object> variables) {
        environment.getPropertySources()
            .addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    Map.copyOf(variables)));
    }
}

package de.kommunale2030.plattform.inference;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import de.kommunale2030.plattform.anonymization.EntityType;
import de.kommunale2030.plattform.inference.OpenAiCompatibleTestServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class LanguageModelsTests {

    private static final Prompt PROMPT = new Prompt("Erkläre den Bescheid in einfacher Sprache.",
            "Sehr geehrte Frau [PERSON_1], für das Grundstück [ADRESSE_1] setzen wir die Grundsteuer auf 412,00 € fest.");

    private final OpenAiCompatibleTestServer server = OpenAiCompatibleTestServer.start();
    private final TestClock clock = new TestClock();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void sendsExactlyTheOpenAiChatCompletionRequestAndReturnsTheFirstChoice() {
        server.answer(Reply.text("Sie müssen 412,00 € Grundsteuer zahlen, [PERSON_1]."));
        try (var models = models(Map.of("K2030_INFERENCE_API_KEY", "sk-test-4711"))) {
            var completion = models.complete(PROMPT);

            assertThat(completion.text()).isEqualTo("Sie müssen 412,00 € Grundsteuer zahlen, [PERSON_1].");
            var request = server.requests().getFirst();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v1/chat/completions");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("Authorization")).isEqualTo("Bearer sk-test-4711");
            var expected = JsonMapper.builder().build().createObjectNode();
            expected.put("model", "test-model");
            var messages = expected.putArray("messages");
            messages.addObject().put("role", "system").put("content", PROMPT.instructions());
            messages.addObject().put("role", "user").put("content", PROMPT.content());
            expected.put("temperature", 0);
            assertThat(request.json()).isEqualTo(expected);
            assertThat(request.body()).isEqualTo(expected.toString());
        }
    }

    @Test
    void describesACompletedCallByItsMetadata() {
        server.answer(Reply.text("Kurz erklärt."));
        try (var models = models(Map.of())) {
            var call = models.complete(PROMPT).call();

            assertThat(call.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(call.provider()).isEqualTo(server.url().substring("http://".length()));
            assertThat(call.model()).isEqualTo("test-model");
            assertThat(call.country()).isEqualTo("DE");
            assertThat(call.attempts()).isEqualTo(1);
            assertThat(call.lastStatus()).isEqualTo(200);
            assertThat(call.bytesSent()).isEqualTo(server.requests().getFirst().body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            assertThat(call.bytesReceived()).isPositive();
            assertThat(call.blocked()).isEmpty();
        }
    }

    @Test
    void sendsNoAuthorizationHeaderWithoutAnApiKey() {
        server.answer(Reply.text("ok"));
        try (var models = models(Map.of())) {
            models.complete(PROMPT);
            assertThat(server.requests().getFirst().header("Authorization")).isNull();
        }
    }

    @Test
    void retriesAfter503AndReturnsTheLaterAnswer() {
        server.answer(Reply.status(503), Reply.status(503), Reply.text("Erklärung"));
        try (var models = models(Map.of("K2030_INFERENCE_RETRIES", "2"))) {
            var completion = models.complete(PROMPT);

            assertThat(completion.text()).isEqualTo("Erklärung");
            assertThat(completion.call().attempts()).isEqualTo(3);
            assertThat(server.requests()).hasSize(3).allSatisfy(r -> assertThat(r.body()).isEqualTo(server.requests().getFirst().body()));
        }
    }

    @Test
    void retriesAfter429() {
        server.answer(Reply.status(429), Reply.text("Erklärung"));
        try (var models = models(Map.of())) {
            assertThat(models.complete(PROMPT).call().attempts()).isEqualTo(2);
        }
    }

    @Test
    void givesUpAfterTheConfiguredRetries() {
        server.answer(Reply.status(502));
        try (var models = models(Map.of("K2030_INFERENCE_RETRIES", "3"))) {
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
                assertThat(failure.reason()).isEqualTo(Outcome.PROVIDER_ERROR);
                assertThat(failure.call().attempts()).isEqualTo(4);
                assertThat(failure.call().lastStatus()).isEqualTo(502);
            });
            assertThat(server.requests()).hasSize(4);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 401, 404, 422 })
    void doesNotRetryAClientError(int status) {
        server.answer(Reply.status(status), Reply.text("would be the second answer"));
        try (var models = models(Map.of())) {
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
                assertThat(failure.reason()).isEqualTo(Outcome.PROVIDER_ERROR);
                assertThat(failure.call().lastStatus()).isEqualTo(status);
            });
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void retriesWhenTheConnectionIsRefused() {
        var environment = new HashMap<>(server.environment());
        server.close();
        environment.put("K2030_INFERENCE_RETRIES", "2");
        try (var models = new LanguageModels(InferenceSettings.fromEnvironment(environment), clock)) {
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
                assertThat(failure.reason()).isEqualTo(Outcome.PROVIDER_ERROR);
                assertThat(failure.call().attempts()).isEqualTo(3);
                assertThat(failure.call().lastStatus()).isZero();
            });
        }
    }

    @Test
    void endsASlowCallAsTimeoutWithoutRetrying() {
        server.answer(Reply.text("late").after(Duration.ofSeconds(3)));
        try (var models = models(Map.of("K2030_INFERENCE_REQUEST_TIMEOUT", "300ms", "K2030_INFERENCE_RETRIES", "2"))) {
            var started = System.nanoTime();
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class,
                    failure -> assertThat(failure.reason()).isEqualTo(Outcome.TIMEOUT));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(server.requests()).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"choices\": [", "not json at all", "{\"choices\": []}",
            "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": null}}]}",
            "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \"  \"}}]}",
            "{\"choices\": [{\"message\": {\"content\": {\"text\": \"nested\"}}}]}" })
    void refusesAnAnswerThatIsNoChatCompletionWithText(String body) {
        server.answer(Reply.raw(200, body));
        try (var models = models(Map.of())) {
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
                assertThat(failure.reason()).isEqualTo(Outcome.MALFORMED_ANSWER);
                assertThat(failure.getMessage()).doesNotContain("nested", "not json");
            });
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void refusesAnAnswerLargerThanTheBound() {
        server.answer(Reply.text("x".repeat(20_000)));
        try (var models = models(Map.of("K2030_INFERENCE_MAX_ANSWER_SIZE", "8KB"))) {
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
                assertThat(failure.reason()).isEqualTo(Outcome.MALFORMED_ANSWER);
                assertThat(failure.call().bytesReceived()).isLessThan(20_000);
            });
        }
    }

    @Test
    void acceptsAnAnswerUpToTheBound() {
        server.answer(Reply.text("x".repeat(7_000)));
        try (var models = models(Map.of("K2030_INFERENCE_MAX_ANSWER_SIZE", "8KB"))) {
            assertThat(models.complete(PROMPT).text()).hasSize(7_000);
        }
    }

    @Test
    void opensTheCircuitAfterTheConfiguredFailuresInARowAndThenSendsNothing() {
        server.answer(Reply.status(500));
        try (var models = models(Map.of("K2030_INFERENCE_RETRIES", "0", "K2030_INFERENCE_CIRCUIT_FAILURES", "3",
                "K2030_INFERENCE_CIRCUIT_COOL_DOWN", "30s"))) {
            for (int i = 0; i < 3; i++) {
                assertThat(models.available()).isTrue();
                assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class,
                        failure -> assertThat(failure.reason()).isEqualTo(Outcome.PROVIDER_ERROR));
            }

            assertThat(models.available()).isFalse();
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
                assertThat(failure.reason()).isEqualTo(Outcome.CIRCUIT_OPEN);
                assertThat(failure.call().attempts()).isZero();
            });
            clock.advance(Duration.ofSeconds(29));
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class,
                    failure -> assertThat(failure.reason()).isEqualTo(Outcome.CIRCUIT_OPEN));
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void aSuccessBetweenFailuresKeepsTheCircuitClosed() {
        server.answer(Reply.status(500), Reply.status(500), Reply.text("ok"), Reply.status(500));
        try (var models = models(Map.of("K2030_INFERENCE_RETRIES", "0", "K2030_INFERENCE_CIRCUIT_FAILURES", "3"))) {
            for (int i = 0; i < 5; i++) {
                try {
                    models.complete(PROMPT);
                }
                catch (LanguageModelFailure failure) {
                    assertThat(failure.reason()).isEqualTo(Outcome.PROVIDER_ERROR);
                }
            }
            assertThat(server.requests()).hasSize(5);
        }
    }

    @Test
    void letsOneTrialCallThroughAfterTheCoolDownAndClosesOnItsSuccess() {
        server.answer(Reply.status(500));
        try (var models = models(Map.of("K2030_INFERENCE_RETRIES", "0", "K2030_INFERENCE_CIRCUIT_FAILURES", "2",
                "K2030_INFERENCE_CIRCUIT_COOL_DOWN", "30s"))) {
            failTwice(models);
            clock.advance(Duration.ofSeconds(30));
            assertThat(models.available()).isTrue();
            server.answer(Reply.text("wieder da"));

            assertThat(models.complete(PROMPT).text()).isEqualTo("wieder da");
            assertThat(models.complete(PROMPT).text()).isEqualTo("wieder da");
            assertThat(server.requests()).hasSize(4);
        }
    }

    @Test
    void reopensTheCircuitWhenTheTrialCallFails() {
        server.answer(Reply.status(500));
        try (var models = models(Map.of("K2030_INFERENCE_RETRIES", "0", "K2030_INFERENCE_CIRCUIT_FAILURES", "2",
                "K2030_INFERENCE_CIRCUIT_COOL_DOWN", "30s"))) {
            failTwice(models);
            clock.advance(Duration.ofSeconds(30));

            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class,
                    failure -> assertThat(failure.reason()).isEqualTo(Outcome.PROVIDER_ERROR));
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class,
                    failure -> assertThat(failure.reason()).isEqualTo(Outcome.CIRCUIT_OPEN));
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void refusesOtherCallsWhileTheTrialCallIsUnderWay() {
        server.answer(Reply.status(500));
        try (var models = models(Map.of("K2030_INFERENCE_RETRIES", "0", "K2030_INFERENCE_CIRCUIT_FAILURES", "2",
                "K2030_INFERENCE_CIRCUIT_COOL_DOWN", "30s"))) {
            failTwice(models);
            clock.advance(Duration.ofSeconds(30));
            server.answer(Reply.text("langsam").after(Duration.ofMillis(800)));

            var trial = CompletableFuture.supplyAsync(() -> models.complete(PROMPT));
            await().atMost(Duration.ofSeconds(3)).until(() -> server.requests().size() == 3);
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class,
                    failure -> assertThat(failure.reason()).isEqualTo(Outcome.CIRCUIT_OPEN));
            assertThat(trial.join().text()).isEqualTo("langsam");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void blocksAPayloadWithPersonalDataAndSendsNothing() {
        server.answer(Reply.text("ok"));
        var iban = "DE89 3704 0044 0532 0130 00";
        var leaking = new Prompt("Erkläre den Bescheid.",
                "Sehr geehrter Herr Max Mustermann, bitte überweisen Sie den Betrag von Ihrem Konto " + iban
                        + ". Rückfragen an max.mustermann@example.org.");
        try (var models = models(Map.of())) {
            assertThatThrownBy(() -> models.complete(leaking)).isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
                assertThat(failure.reason()).isEqualTo(Outcome.EGRESS_BLOCKED);
                assertThat(failure.call().blocked()).containsKeys(EntityType.PERSON, EntityType.IBAN, EntityType.EMAIL);
                assertThat(failure.call().attempts()).isZero();
                assertThat(failure.getMessage()).doesNotContain("Mustermann", iban, "example.org", "Max");
            });
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void scansTheInstructionsToo() {
        server.answer(Reply.text("ok"));
        var leaking = new Prompt("Antworte wie Sachbearbeiterin Frau Erika Musterfrau.", "Es geht um [PERSON_1].");
        try (var models = models(Map.of())) {
            assertThatThrownBy(() -> models.complete(leaking)).isInstanceOfSatisfying(LanguageModelFailure.class,
                    failure -> assertThat(failure.call().blocked()).containsKey(EntityType.PERSON));
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void reportsNotConfiguredWithoutAUrl() {
        try (var models = new LanguageModels(InferenceSettings.fromEnvironment(Map.of()), clock)) {
            assertThat(models.available()).isFalse();
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
                assertThat(failure.reason()).isEqualTo(Outcome.NOT_CONFIGURED);
                assertThat(failure.call().provider()).isEqualTo("none");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "US", "CH" })
    void refusesAProviderOutsideTheEuAtStart(String country) {
        var environment = new HashMap<>(server.environment());
        environment.put("K2030_INFERENCE_COUNTRY", country);
        var settings = InferenceSettings.fromEnvironment(environment);

        assertThatIllegalStateException().isThrownBy(() -> new LanguageModels(settings, clock))
            .withMessageContaining("k2030.inference.country")
            .withMessageContaining("K2030_INFERENCE_COUNTRY")
            .withMessageContaining("Sprachmodell-Anbieter abgelehnt");
    }

    @ParameterizedTest
    @ValueSource(strings = { "US", "CH" })
    void refusesACallToAProviderOutsideTheEuEvenWhenTheStartCheckWasBypassed(String country) {
        server.answer(Reply.text("ok"));
        var environment = new HashMap<>(server.environment());
        environment.put("K2030_INFERENCE_COUNTRY", country);
        var settings = InferenceSettings.fromEnvironment(environment);
        try (var models = new LanguageModels(Provider.of(settings), settings, clock)) {
            assertThat(models.available()).isFalse();
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
                assertThat(failure.reason()).isEqualTo(Outcome.JURISDICTION_REFUSED);
                assertThat(failure.getMessage()).contains("k2030.inference.country");
            });
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void refusesAProviderWithoutAttestationAtStartAndAtCall() {
        server.answer(Reply.text("ok"));
        var environment = new HashMap<>(server.environment());
        environment.remove("K2030_INFERENCE_ATTESTATION");
        var settings = InferenceSettings.fromEnvironment(environment);

        assertThatIllegalStateException().isThrownBy(() -> new LanguageModels(settings, clock))
            .withMessageContaining("k2030.inference.attestation");
        try (var models = new LanguageModels(Provider.of(settings), settings, clock)) {
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class,
                    failure -> assertThat(failure.reason()).isEqualTo(Outcome.NOT_ATTESTED));
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void refusesPlainHttpToAnotherHostAtStartAndAtCall() {
        var environment = new HashMap<>(server.environment());
        environment.put("K2030_INFERENCE_URL", "http://llm.example.eu:8000");
        var settings = InferenceSettings.fromEnvironment(environment);

        assertThatIllegalStateException().isThrownBy(() -> new LanguageModels(settings, clock))
            .withMessageContaining("k2030.inference.url");
        try (var models = new LanguageModels(Provider.of(settings), settings, clock)) {
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
                assertThat(failure.reason()).isEqualTo(Outcome.INSECURE_TRANSPORT);
                assertThat(failure.call().attempts()).isZero();
            });
        }
    }

    @Test
    void neverShowsTheApiKey() {
        server.answer(Reply.status(401));
        var key = "sk-secret-0815-abcdef";
        var environment = new HashMap<>(server.environment());
        environment.put("K2030_INFERENCE_API_KEY", key);
        var settings = InferenceSettings.fromEnvironment(environment);
        try (var models = new LanguageModels(settings, clock)) {
            assertThat(settings.toString()).doesNotContain(key).contains("apiKey=set");
            assertThat(Provider.of(settings).toString()).doesNotContain(key);
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOfSatisfying(LanguageModelFailure.class,
                    failure -> assertThat(failure.getMessage()).doesNotContain(key));
        }
    }

    @Test
    void neverShowsPromptOrAnswerInToStringOrFailures() {
        server.answer(Reply.text("Geheime Antwort"));
        try (var models = models(Map.of())) {
            var completion = models.complete(PROMPT);
            assertThat(completion.toString()).doesNotContain("Geheime Antwort");
            assertThat(PROMPT.toString()).doesNotContain("Grundsteuer", "Erkläre");
        }
    }

    private void failTwice(LanguageModels models) {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> models.complete(PROMPT)).isInstanceOf(LanguageModelFailure.class);
        }
        assertThat(models.available()).isFalse();
    }

    private LanguageModels models(Map<String, String> overrides) {
        var environment = new HashMap<>(server.environment());
        environment.putAll(overrides);
        return new LanguageModels(InferenceSettings.fromEnvironment(environment), clock);
    }
}

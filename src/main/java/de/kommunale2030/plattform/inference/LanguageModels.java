package de.kommunale2030.plattform.inference;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import de.kommunale2030.plattform.anonymization.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway to a language model: {@link #complete} sends a prompt to the configured provider and
 * returns its answer, or throws a {@link LanguageModelFailure} naming why not. Before every call it
 * checks the provider again (EU/EEA, attestation, transport) and scans the payload for personal data;
 * then it calls {@code POST {url}/v1/chat/completions} with timeouts, retries for 429, 5xx and I/O
 * failures, and a circuit breaker. Thread-safe; one instance serves the whole process.
 */
public final class LanguageModels implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LanguageModels.class);

    /** The TLS 1.3 suites of BSI TR-02102-2 that the JDK implements, as for the server (ADR 0006). */
    private static final String[] TLS_CIPHER_SUITES = { "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256" };
    private static final byte[] NO_BODY = new byte[0];
    private static final String NO_PROVIDER = "none";

    private final InferenceSettings settings;
    private final Provider provider;
    private final Clock clock;
    private final HttpClient http;
    private final CircuitBreaker circuit;
    private final EgressGuard guard = new EgressGuard();
    private final ChatCompletions protocol = new ChatCompletions();

    /** @throws IllegalStateException if the configured provider may not be used; the message names the setting */
    public LanguageModels(InferenceSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @throws IllegalStateException if the configured provider may not be used; the message names the setting */
    public LanguageModels(InferenceSettings settings, Clock clock) {
        this(admitted(settings), settings, clock);
    }

    /** Without the start check: what {@link #complete} checks again must hold without it. */
    LanguageModels(Provider provider, InferenceSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.provider = provider;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.circuit = new CircuitBreaker(settings.circuitFailures(), settings.circuitCoolDown(), clock);
        this.http = provider == null ? null : httpClient(settings);
    }

    /**
     * Whether a call may be made now: a provider is configured and admitted and its circuit is not
     * open. A caller that gets {@code false} uses its built-in engine straight away.
     */
    public boolean available() {
        return provider != null && ProviderAdmission.check(provider).isEmpty() && circuit.wouldPermit();
    }

    /** The configured provider as host and port (metadata for the audit log), if there is one. */
    public Optional<String> provider() {
        return Optional.ofNullable(provider).map(Provider::id);
    }

    /** Whether a provider is configured at all, whatever the state of its circuit. */
    public boolean configured() {
        return provider != null;
    }

    /**
     * The model's answer to a prompt of pseudonymised text.
     *
     * @throws LanguageModelFailure with the reason and the call's metadata; nothing of the prompt or
     *                              the answer is in it
     */
    public Completion complete(Prompt prompt) {
        Objects.requireNonNull(prompt, "prompt");
        var call = new Tally(clock.instant());
        if (provider == null) {
            throw call.failed(Outcome.NOT_CONFIGURED, Map.of(),
                    "no provider is configured (k2030.inference.url / K2030_INFERENCE_URL)");
        }
        var refusal = ProviderAdmission.check(provider);
        if (refusal.isPresent()) {
            throw call.failed(refusal.get().reason(), Map.of(), refusal.get().message());
        }
        var findings = guard.findings(prompt);
        if (!findings.isEmpty()) {
            throw call.failed(Outcome.EGRESS_BLOCKED, findings, "the anonymiser finds personal data in the payload");
        }
        if (!circuit.permit()) {
            throw call.failed(Outcome.CIRCUIT_OPEN, Map.of(), "the provider failed too often in a row; cooling down");
        }
        // Every permitted call resolves the circuit, whatever ends it: an unresolved trial call would
        // keep the circuit half-open, and refusing, for good.
        Completion completion;
        try {
            completion = send(protocol.request(provider.model(), prompt), call);
        }
        catch (RuntimeException e) {
            circuit.failed();
            throw e;
        }
        circuit.succeeded();
        return completion;
    }

    @Override
    public void close() {
        if (http != null) {
            http.close();
        }
    }

    private Completion send(byte[] body, Tally call) {
        for (int attempt = 0;; attempt++) {
            if (attempt > 0 && !pause(settings.backoff().multipliedBy(1L << (attempt - 1)))) {
                throw call.failed(Outcome.PROVIDER_ERROR, Map.of(), "interrupted while waiting to retry");
            }
            var result = attempt(body, call);
            if (result.text() != null) {
                return new Completion(result.text(), call.completed());
            }
            if (!result.retryable() || attempt == settings.retries()) {
                throw call.failed(result.outcome(), Map.of(), result.explanation());
            }
        }
    }

    /** One request; the answer's text, or why there is none and whether another attempt may help. */
    private record Attempt(String text, Outcome outcome, boolean retryable, String explanation) {

        static Attempt failed(Outcome outcome, boolean retryable, String explanation) {
            return new Attempt(null, outcome, retryable, explanation);
        }
    }

    private Attempt attempt(byte[] body, Tally call) {
        var request = HttpRequest.newBuilder(provider.endpoint())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .timeout(settings.requestTimeout())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (provider.apiKey() != null) {
            request.header("Authorization", "Bearer " + provider.apiKey());
        }
        call.attempts++;
        call.bytesSent += body.length;
        var received = new AtomicLong();
        var limit = (int) settings.maxAnswerSize().toBytes();
        // An error body is not read: some servers quote the request in it.
        var response = http.sendAsync(request.build(),
                info -> info.statusCode() / 100 == 2 ? new BoundedBody(limit, received)
                        : HttpResponse.BodySubscribers.replacing(NO_BODY));
        try {
            var answer = response.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            call.lastStatus = answer.statusCode();
            return evaluate(answer);
        }
        catch (TimeoutException e) {
            response.cancel(true);
            return Attempt.failed(Outcome.TIMEOUT, false, "no complete answer within the request timeout");
        }
        catch (ExecutionException e) {
            return failedExchange(e.getCause());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.cancel(true);
            return Attempt.failed(Outcome.PROVIDER_ERROR, false, "interrupted while waiting for the answer");
        }
        finally {
            call.bytesReceived += received.get();
        }
    }

    private Attempt evaluate(HttpResponse<byte[]> answer) {
        var status = answer.statusCode();
        if (status / 100 == 2) {
            return protocol.answer(answer.body())
                .map(text -> new Attempt(text, Outcome.COMPLETED, false, null))
                .orElseGet(() -> Attempt.failed(Outcome.MALFORMED_ANSWER, false,
                        "the answer is not a chat completion with text in choices[0].message.content"));
        }
        var retryable = status == 429 || status / 100 == 5;
        return Attempt.failed(Outcome.PROVIDER_ERROR, retryable, "the provider answered with status " + status);
    }

    /**
     * A request timeout is not retried: the caller has waited the whole timeout already and would
     * rather fall back to its built-in engine than wait again. A connect timeout costs little and is.
     */
    private static Attempt failedExchange(Throwable cause) {
        for (var c = cause; c != null; c = c.getCause()) {
            if (c instanceof BoundedBody.TooLarge) {
                return Attempt.failed(Outcome.MALFORMED_ANSWER, false, "the answer exceeds k2030.inference.max-answer-size");
            }
            if (c instanceof HttpConnectTimeoutException) {
                return Attempt.failed(Outcome.TIMEOUT, true, "no connection within the connect timeout");
            }
            if (c instanceof HttpTimeoutException) {
                return Attempt.failed(Outcome.TIMEOUT, false, "no answer within the request timeout");
            }
        }
        // The type only: an exception message may quote what was sent or received.
        return Attempt.failed(Outcome.PROVIDER_ERROR, cause instanceof IOException,
                "the exchange failed: " + (cause == null ? "unknown cause" : cause.getClass().getSimpleName()));
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The figures of one call as it goes; ends as the {@link Call} of a completion or a failure. */
    private final class Tally {

        private final Instant started;
        private int attempts;
        private long bytesSent;
        private long bytesReceived;
        private int lastStatus;

        Tally(Instant started) {
            this.started = started;
        }

        Call completed() {
            var call = call(Outcome.COMPLETED, Map.of());
            log.debug("Language model call {}", call);
            return call;
        }

        LanguageModelFailure failed(Outcome outcome, Map<EntityType, Integer> blocked, String explanation) {
            var failure = new LanguageModelFailure(call(outcome, blocked), explanation);
            if (outcome == Outcome.NOT_CONFIGURED) {
                log.debug("Language model call refused: {}", failure.getMessage());
            }
            else {
                log.warn("Language model call failed: {}", failure.getMessage());
            }
            return failure;
        }

        private Call call(Outcome outcome, Map<EntityType, Integer> blocked) {
            var elapsed = Duration.between(started, clock.instant());
            return new Call(provider == null ? NO_PROVIDER : provider.id(), provider == null ? "" : provider.model(),
                    provider == null || provider.country() == null ? "" : provider.country(), attempts,
                    elapsed.isNegative() ? Duration.ZERO : elapsed, bytesSent, bytesReceived, lastStatus, outcome, blocked);
        }
    }

    private static Provider admitted(InferenceSettings settings) {
        if (!settings.configured()) {
            return null;
        }
        var provider = Provider.of(settings);
        ProviderAdmission.check(provider).ifPresent(refusal -> {
            throw new IllegalStateException("Language model provider refused / Sprachmodell-Anbieter abgelehnt: "
                    + refusal.message());
        });
        return provider;
    }

    /** No redirects: a redirect could lead the payload to a host that no check has seen. */
    private static HttpClient httpClient(InferenceSettings settings) {
        try {
            var tls = SSLContext.getInstance("TLSv1.3");
            tls.init(null, null, null);
            var parameters = new SSLParameters(TLS_CIPHER_SUITES, new String[] { "TLSv1.3" });
            return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(tls)
                .sslParameters(parameters)
                .build();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS 1.3 is not available", e);
        }
    }
}

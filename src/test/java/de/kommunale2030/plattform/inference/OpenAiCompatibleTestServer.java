package de.kommunale2030.plattform.inference;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat-completions endpoint on 127.0.0.1 and a random port, for tests of the
 * gateway and of its callers. It records every request it receives and answers from a script:
 * {@link #answer} sets the replies in order, the last one repeats. Without a script it answers 503.
 *
 * <pre>{@code
 * try (var server = OpenAiCompatibleTestServer.start()) {
 *     server.answer(Reply.status(503), Reply.text("Sie müssen 120,00 € zahlen."));
 *     var models = new LanguageModels(InferenceSettings.fromEnvironment(server.environment()));
 *     ...
 *     assertThat(server.requests()).hasSize(2);
 * }
 * }</pre>
 */
public final class OpenAiCompatibleTestServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Reply> script = new ArrayList<>();

    private OpenAiCompatibleTestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // Several threads, so that a delayed reply does not hold up the next request.
        server.setExecutor(executor);
        server.start();
    }

    public static OpenAiCompatibleTestServer start() {
        try {
            return new OpenAiCompatibleTestServer();
        }
        catch (IOException e) {
            throw new IllegalStateException("Test server did not start", e);
        }
    }

    /** {@code http://127.0.0.1:port}, the base URL without {@code /v1}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Environment variables for {@link InferenceSettings#fromEnvironment} that point at this server
     * with an admitted provider (country DE, attested) and short timings for tests.
     */
    public Map<String, String> environment() {
        var environment = new LinkedHashMap<String, String>();
        environment.put("K2030_INFERENCE_URL", url());
        environment.put("K2030_INFERENCE_MODEL", "test-model");
        environment.put("K2030_INFERENCE_COUNTRY", "DE");
        environment.put("K2030_INFERENCE_ATTESTATION", "no-training-no-retention");
        environment.put("K2030_INFERENCE_CONNECT_TIMEOUT", "2s");
        environment.put("K2030_INFERENCE_REQUEST_TIMEOUT", "5s");
        environment.put("K2030_INFERENCE_BACKOFF", "10ms");
        return environment;
    }

    /** The replies to the next requests, in order; the last one answers every request after them. */
    public void answer(Reply... replies) {
        if (replies.length == 0) {
            throw new IllegalArgumentException("At least one reply");
        }
        synchronized (script) {
            script.clear();
            script.addAll(List.of(replies));
        }
    }

    /** Every request received so far, in order of arrival. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = new LinkedHashMap<String, List<String>>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
            var request = new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            var reply = next();
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay());
            }
            var body = reply.body().apply(request).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (IOException e) {
            // The client gave up (timeout, cancelled oversized body): nothing left to answer.
        }
    }

    private Reply next() {
        synchronized (script) {
            if (script.isEmpty()) {
                return Reply.status(503);
            }
            return script.size() == 1 ? script.getFirst() : script.removeFirst();
        }
    }

    /**
     * A request as received.
     *
     * @param headers header names in lower case
     */
    public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The system message. */
        public String instructions() {
            return message("system");
        }

        /** The user message. */
        public String content() {
            return message("user");
        }

        public String header(String name) {
            var values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        private String message(String role) {
            for (var message : json().path("messages")) {
                if (role.equals(message.path("role").stringValue())) {
                    return message.path("content").stringValue();
                }
            }
            return null;
        }
    }

    /**
     * One scripted reply.
     *
     * @param status HTTP status
     * @param body   the response body for a request
     * @param delay  how long the server waits before it answers
     */
    public record Reply(int status, Function<RecordedRequest, String> body, Duration delay) {

        public Reply {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(delay, "delay");
        }

        /** 200 with a chat completion whose first choice says {@code text}. */
        public static Reply text(String text) {
            return computed(request -> text);
        }

        /** 200 with a chat completion whose text is computed from the request, e.g. echoing placeholders. */
        public static Reply computed(Function<RecordedRequest, String> text) {
            return new Reply(200, request -> completion(request, text.apply(request)), Duration.ZERO);
        }

        /** A status without body, e.g. 503 or 400. */
        public static Reply status(int status) {
            return new Reply(status, request -> "", Duration.ZERO);
        }

        /** A body as given, e.g. malformed JSON or a completion without text. */
        public static Reply raw(int status, String body) {
            return new Reply(status, request -> body, Duration.ZERO);
        }

        /** The same reply, sent after {@code delay}. */
        public Reply after(Duration delay) {
            return new Reply(status, body, delay);
        }

        private static String completion(RecordedRequest request, String text) {
            var node = JSON.createObjectNode();
            node.put("id", "chatcmpl-test");
            node.put("object", "chat.completion");
            node.put("created", 1_767_225_600L);
            node.put("model", request.json().path("model").stringValue());
            var choice = node.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", text);
            choice.put("finish_reason", "stop");
            return JSON.writeValueAsString(node);
        }
    }
}

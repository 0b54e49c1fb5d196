package de.kommunale2030.plattform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the running platform over real TLS, trusting exactly the certificate the platform
 * generated into its data directory, with its own cookie jar (one client = one browser).
 */
public final class PlatformClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final HttpClient http;
    private final SSLContext tls;
    private final CookieManager cookies = new CookieManager();
    private String csrfHeader;
    private String csrfToken;
    private String bearer;
    private String purpose;

    public PlatformClient(Path dataDirectory, int port) {
        this.port = port;
        this.tls = trusting(dataDirectory);
        this.http = HttpClient.newBuilder().sslContext(tls).cookieHandler(cookies).build();
    }

    /** The session cookie this client holds, to hand its sign-in to a browser. */
    public java.net.HttpCookie sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
            .filter(cookie -> cookie.getName().equals("__Host-k2030-session"))
            .findFirst()
            .orElseThrow();
    }

    public SSLContext tls() {
        return tls;
    }

    public HttpClient http() {
        return http;
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** Sends {@code Authorization: Bearer token} with every request, as a machine client does. */
    public PlatformClient withBearer(String token) {
        this.bearer = token;
        return this;
    }

    /** Names this processing purpose in {@code X-Purpose} on every following request; {@code null} stops it. */
    public PlatformClient withPurpose(String key) {
        this.purpose = key;
        return this;
    }

    /** Fetches a CSRF token for the following state-changing requests of this client. */
    public PlatformClient withCsrf() {
        var csrf = get("/api/v1/session/csrf").json();
        csrfHeader = csrf.get("headerName").asString();
        csrfToken = csrf.get("token").asString();
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET().header("Accept", "application/json"));
    }

    public Response post(String path, Object body) {
        return send(withToken(request(path)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json"));
    }

    /** A POST as a page's form sends it (application/x-www-form-urlencoded). */
    public Response postForm(String path, java.util.Map<String, String> fields) {
        var body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
            .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return send(withToken(request(path)).POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html"));
    }

    public Response postWithoutCsrf(String path, Object body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json"));
    }

    /** A multipart/form-data POST with one file part, as a browser's upload form sends it (over HTTP/2 like the rest). */
    public Response postFile(String path, String part, String fileName, String contentType, byte[] content) {
        var boundary = "k2030-" + java.util.UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(withToken(request(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "application/json"));
    }

    /** The raw bytes of a download. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response put(String path, Object body) {
        return send(withToken(request(path)).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json"));
    }

    public Response patch(String path, Object body) {
        return send(withToken(request(path)).method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json"));
    }

    public Response delete(String path) {
        return send(withToken(request(path)).DELETE().header("Accept", "application/json"));
    }

    private HttpRequest.Builder withToken(HttpRequest.Builder builder) {
        return csrfHeader == null ? builder : builder.header(csrfHeader, csrfToken);
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create("https://localhost:" + port + path));
        if (purpose != null) {
            builder.header("X-Purpose", purpose);
        }
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext trusting(Path dataDirectory) {
        try {
            var password = Files.readString(dataDirectory.resolve("secrets/tls-keystore")).strip().toCharArray();
            var keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(dataDirectory.resolve("tls/localhost.p12"))) {
                keyStore.load(in, password);
            }
            var trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("platform", keyStore.getCertificate("server"));
            var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            var context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

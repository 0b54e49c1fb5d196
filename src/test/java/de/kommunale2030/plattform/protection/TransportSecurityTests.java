package de.kommunale2030.plattform.protection;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;

import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Talks to the running server over real TLS, trusting exactly the certificate the platform
 * generated into its data directory.
 */
class TransportSecurityTests extends PlatformTest {

    SSLContext trustingThePlatform;

    HttpClient client;

    @BeforeEach
    void trustGeneratedCertificate() {
        var platform = new PlatformClient(DATA_DIRECTORY, port);
        trustingThePlatform = platform.tls();
        client = platform.http();
    }

    @Test
    void refusesTls12() throws Exception {
        try (var socket = (SSLSocket) trustingThePlatform.getSocketFactory().createSocket("localhost", port)) {
            socket.setEnabledProtocols(new String[] { "TLSv1.2" });
            assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void negotiatesTls13WithABsiRecommendedSuite() throws Exception {
        try (var socket = (SSLSocket) trustingThePlatform.getSocketFactory().createSocket("localhost", port)) {
            socket.setEnabledProtocols(new String[] { "TLSv1.3", "TLSv1.2" });
            socket.startHandshake();
            assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
            assertThat(socket.getSession().getCipherSuite()).isIn("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256");
        }
    }

    @Test
    void refusesChaCha20() throws Exception {
        try (var socket = (SSLSocket) trustingThePlatform.getSocketFactory().createSocket("localhost", port)) {
            socket.setEnabledProtocols(new String[] { "TLSv1.3" });
            socket.setEnabledCipherSuites(new String[] { "TLS_CHACHA20_POLY1305_SHA256" });
            assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void servesNothingOverPlainHttp() throws Exception {
        var plain = HttpClient.newHttpClient();
        var response = plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/datenschutz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Datenschutz").contains("TLS");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (var path : new String[] { "/", "/datenschutz", "/actuator/health", "/api/v1/unknown", "/css/k2030.css" }) {
            var response = get(path, "*/*");
            var headers = response.headers();
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).hasValueSatisfying(
                    hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(
                    policy -> assertThat(policy).contains("camera=()").contains("geolocation=()"));
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void healthIsPublicAndShowsNothingButTheStatus() throws Exception {
        var response = get("/actuator/health", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void otherActuatorEndpointsAreClosed() throws Exception {
        for (var path : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/health/db",
                "/actuator/heapdump", "/actuator/configprops" }) {
            var response = get(path, "application/json");
            assertThat(response.statusCode()).as(path).isIn(401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("k2030.database").doesNotContain("password");
        }
    }

    @Test
    void refusedApiRequestsGetAGermanProblemDocument() throws Exception {
        var response = get("/api/v1/tenants", "application/json");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"title\":\"Anmeldung erforderlich\"").contains("\"status\":401");
    }

    @Test
    void missingPublicResourcesGetAGermanProblemDocument() throws Exception {
        var response = get("/css/gibt-es-nicht.css", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"title\":\"Nicht gefunden\"").doesNotContain("static resource");
    }

    @Test
    void refusedPagesShowAGermanErrorPageWithoutTechnicalDetails() throws Exception {
        var response = get("/verwaltung", "text/html");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Anmeldung erforderlich").doesNotContain("Exception").doesNotContain("at de.");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + path))
            .header("Accept", accept)
            .build(), HttpResponse.BodyHandlers.ofString());
    }
}

package de.kommunale2030.plattform.identity;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import de.kommunale2030.plattform.PlatformClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes a new account through its first sign-in (new password, TOTP enrolment) and returns the
 * browser that is signed in.
 */
public final class Staff {

    public static final String PASSWORD = "Amtsstube-Lindenallee-42";

    private Staff() {
    }

    public static PlatformClient firstSignIn(Path dataDirectory, int port, String ags, String username, String initialPassword) {
        var client = new PlatformClient(dataDirectory, port).withCsrf();
        var started = client.post("/api/v1/session", Map.of("tenant", ags, "username", username, "password", initialPassword));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(client.post("/api/v1/session/password", Map.of("newPassword", PASSWORD)).status()).isEqualTo(200);
        var secret = Base32.decode(client.post("/api/v1/session/mfa/enrollment", Map.of()).json().get("secret").asString());
        var confirmed = client.post("/api/v1/session/mfa/enrollment/confirm",
                Map.of("code", Totp.code(secret, Totp.step(Instant.now()))));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return client;
    }

    /** An administrator creates the account with these roles and org units; it then signs in for the first time. */
    public static PlatformClient hired(PlatformClient admin, Path dataDirectory, int port, String ags, String username,
            String role, java.util.List<String> units) {
        var created = admin.post("/api/v1/users", Map.of("username", username, "displayName", "Konto " + username, "roles",
                java.util.List.of(role), "orgUnits", units));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return firstSignIn(dataDirectory, port, ags, username, created.json().get("initialPassword").asString());
    }
}

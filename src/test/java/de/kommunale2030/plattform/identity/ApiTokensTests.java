package de.kommunale2030.plattform.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.tenancy.Ags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API tokens of machine clients: shown once, scoped, expiring, revocable, bound to their tenant.
 */
class ApiTokensTests extends PlatformTest {

    OnboardedTenant tenant;

    PlatformClient admin;

    @BeforeEach
    void tenantWithSignedInAdmin() {
        tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Schnittstelle", Username.of("admin"));
        admin = Staff.firstSignIn(DATA_DIRECTORY, port, tenant.tenant().ags().value(), "admin", tenant.initialPassword());
    }

    @Test
    void aScopedTokenActsForItsTenantWithoutSessionOrCsrf() {
        var token = issue(List.of("user:manage"), Instant.now().plus(Duration.ofDays(30)));
        var machine = new PlatformClient(DATA_DIRECTORY, port).withBearer(token);

        var users = machine.get("/api/v1/users");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().get(0).get("username").asString()).isEqualTo("admin");
        var created = machine.post("/api/v1/users", Map.of("username", "import.svc", "roles", List.of("SACHBEARBEITUNG")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(users.headers().firstValue("Set-Cookie")).as("no session for machine clients").isEmpty();

        assertThat(machine.get("/api/v1/tokens").status()).as("a token cannot manage tokens").isEqualTo(403);
        assertThat(machine.get("/api/v1/me").status()).as("a token is no person").isEqualTo(401);
        var listed = admin.get("/api/v1/tokens").json().get(0);
        assertThat(listed.get("lastUsedAt").isNull()).as("last use is recorded").isFalse();
        // the secret is the last 43 characters; it may itself contain underscores
        assertThat(listed.toString()).doesNotContain(token.substring(token.length() - 43));
    }

    @Test
    void aTokenWithoutThePermissionIsForbidden() {
        var token = issue(List.of("klartext:use"), Instant.now().plus(Duration.ofDays(1)));
        assertThat(new PlatformClient(DATA_DIRECTORY, port).withBearer(token).get("/api/v1/users").status()).isEqualTo(403);
    }

    @Test
    void revokedExpiredAlteredAndForeignTokensAreRefused() {
        var revoked = issue(List.of("user:manage"), Instant.now().plus(Duration.ofDays(1)));
        var revokedId = admin.get("/api/v1/tokens").json().get(0).get("id").asString();
        assertThat(admin.delete("/api/v1/tokens/" + revokedId).status()).isEqualTo(204);
        assertThat(machine(revoked).get("/api/v1/users").status()).isEqualTo(401);

        var expired = issue(List.of("user:manage"), Instant.now().plus(Duration.ofDays(1)));
        var expiredId = UUID.fromString(expired.split("_")[2].replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        inTenant(tenant.tenant().id(), () -> jdbc
            .sql("UPDATE identity.api_token SET expires_at = now() - interval '1 second' WHERE id = :id")
            .param("id", expiredId)
            .update());
        assertThat(machine(expired).get("/api/v1/users").status()).isEqualTo(401);

        var valid = issue(List.of("user:manage"), Instant.now().plus(Duration.ofDays(1)));
        var altered = valid.substring(0, valid.length() - 1) + (valid.endsWith("A") ? "B" : "A");
        var refused = machine(altered).get("/api/v1/users");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

        var other = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Fremd", Username.of("admin"));
        var foreign = "k2030_" + other.tenant().id().toString().replace("-", "") + valid.substring(valid.indexOf('_', 6));
        assertThat(machine(foreign).get("/api/v1/users").status()).as("the token of A under the tenant of B").isEqualTo(401);
        assertThat(machine("k2030_kaputt").get("/api/v1/users").status()).isEqualTo(401);
        assertThat(machine(valid).get("/api/v1/users").status()).as("the original still works").isEqualTo(200);
    }

    @Test
    void tokensMustExpireWithinAYearAndCannotIssueTokens() {
        assertThat(admin.post("/api/v1/tokens", Map.of("serviceAccount", "steuer.verfahren", "scopes", List.of("user:manage")))
            .status()).as("no expiry").isEqualTo(400);
        assertThat(admin.post("/api/v1/tokens", Map.of("serviceAccount", "steuer.verfahren", "scopes", List.of("user:manage"),
                "expiresAt", Instant.now().plus(Duration.ofDays(400)).toString())).status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/tokens", Map.of("serviceAccount", "steuer.verfahren", "scopes", List.of("token:manage"),
                "expiresAt", Instant.now().plus(Duration.ofDays(4)).toString())).status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/tokens", Map.of("serviceAccount", "steuer.verfahren", "scopes", List.of("gibt:es-nicht"),
                "expiresAt", Instant.now().plus(Duration.ofDays(4)).toString())).status()).isEqualTo(400);
    }

    private PlatformClient machine(String token) {
        return new PlatformClient(DATA_DIRECTORY, port).withBearer(token);
    }

    private String issue(List<String> scopes, Instant expiresAt) {
        var response = admin.post("/api/v1/tokens", Map.of("serviceAccount", "steuer.verfahren", "scopes", scopes,
                "expiresAt", expiresAt.toString()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var token = response.json().get("token").asString();
        assertThat(token).matches("k2030_[0-9a-f]{32}_[0-9a-f]{32}_[A-Za-z0-9_-]{43}");
        return token;
    }
}

package de.kommunale2030.plattform.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session limits per tenant: the idle timeout of new sessions and the absolute end of a sign-in.
 */
class SessionPolicyTests extends PlatformTest {

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTenantChoosesItsOwnIdleTimeoutForNewSessions() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Kurzweil", Username.of("admin"));
        var ags = tenant.tenant().ags().value();
        var admin = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "admin", tenant.initialPassword());
        var defaults = admin.get("/api/v1/settings/sessions").json();
        assertThat(defaults.get("idleMinutes").asLong()).isEqualTo(30);
        assertThat(defaults.get("absoluteMinutes").asLong()).isEqualTo(600);

        assertThat(admin.put("/api/v1/settings/sessions", Map.of("idleMinutes", 1, "absoluteMinutes", 600)).status())
            .isEqualTo(400);
        assertThat(admin.put("/api/v1/settings/sessions", Map.of("idleMinutes", 60, "absoluteMinutes", 45)).status())
            .isEqualTo(400);
        var changed = admin.put("/api/v1/settings/sessions", Map.of("idleMinutes", 5, "absoluteMinutes", 30));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("idleMinutes").asLong()).isEqualTo(5);

        var before = sessionsWithIdle(300);
        var next = new de.kommunale2030.plattform.PlatformClient(DATA_DIRECTORY, port).withCsrf();
        assertThat(next.post("/api/v1/session", Map.of("tenant", ags, "username", "admin", "password", Staff.PASSWORD))
            .status()).isEqualTo(200);
        assertThat(sessionsWithIdle(300)).isEqualTo(before + 1);
    }

    @Test
    void aSignInEndsAtItsDeadlineHoweverActive() throws Exception {
        var signedInAt = Instant.parse("2026-11-27T08:00:00Z");
        var signIn = PlatformAuthentication.started(new TenantId(UUID.randomUUID()), UUID.randomUUID(),
                SignInStage.AUTHENTICATED, EnumSet.of(Role.SACHBEARBEITUNG), signedInAt, Duration.ofMinutes(30),
                Duration.ofHours(10));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signIn);
        SecurityContextHolder.setContext(context);

        var request = new MockHttpServletRequest("GET", "/api/v1/me");
        var session = request.getSession(true);
        var response = new MockHttpServletResponse();
        var reached = new AtomicBoolean();
        var filter = new SignedInRequests(new SignInSessions(null, null),
                Clock.fixed(signedInAt.plus(Duration.ofHours(10)).plusSeconds(1), ZoneOffset.UTC));

        filter.doFilter(request, response, (req, res) -> reached.set(true));

        assertThat(reached).isFalse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("Sitzung abgelaufen");
        assertThat(request.getSession(false)).isNull();
        assertThat(session).isNotNull();
    }

    @Test
    void beforeItsDeadlineTheRequestRunsBoundToTheTenant() throws Exception {
        var tenant = new TenantId(UUID.randomUUID());
        var signedInAt = Instant.parse("2026-11-27T08:00:00Z");
        var signIn = PlatformAuthentication.started(tenant, UUID.randomUUID(), SignInStage.AUTHENTICATED,
                EnumSet.of(Role.SACHBEARBEITUNG), signedInAt, Duration.ofMinutes(30), Duration.ofHours(10));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signIn);
        SecurityContextHolder.setContext(context);
        var bound = new java.util.concurrent.atomic.AtomicReference<TenantId>();
        var filter = new SignedInRequests(new SignInSessions(null, null),
                Clock.fixed(signedInAt.plus(Duration.ofHours(9)), ZoneOffset.UTC));

        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/me"), new MockHttpServletResponse(),
                (req, res) -> bound.set(de.kommunale2030.plattform.tenancy.TenantContext.current().orElse(null)));

        assertThat(bound.get()).isEqualTo(tenant);
        assertThat(de.kommunale2030.plattform.tenancy.TenantContext.current()).as("unbound afterwards").isEmpty();
    }

    private long sessionsWithIdle(int seconds) {
        return jdbc.sql("SELECT count(*) FROM identity.spring_session WHERE max_inactive_interval = :seconds")
            .param("seconds", seconds)
            .query(Long.class)
            .single();
    }
}

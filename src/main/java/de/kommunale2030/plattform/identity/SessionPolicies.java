package de.kommunale2030.plattform.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each tenant's session limits: idle timeout and absolute lifetime of a sign-in.
 */
@Repository
class SessionPolicies {

    static final Duration SHORTEST_IDLE = Duration.ofMinutes(5);
    static final Duration LONGEST_IDLE = Duration.ofHours(8);
    static final Duration SHORTEST_ABSOLUTE = Duration.ofMinutes(30);
    static final Duration LONGEST_ABSOLUTE = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionPolicies(JdbcClient jdbc, IdentitySettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    record SessionPolicy(Duration idle, Duration absolute) {
    }

    /** The bound tenant's policy, or the installation's defaults. */
    SessionPolicy current() {
        return jdbc.sql("SELECT idle_minutes, absolute_minutes FROM identity.session_policy")
            .query((rs, row) -> new SessionPolicy(Duration.ofMinutes(rs.getInt(1)), Duration.ofMinutes(rs.getInt(2))))
            .optional()
            .orElseGet(() -> new SessionPolicy(settings.sessionIdleTimeout(), settings.sessionAbsoluteTimeout()));
    }

    /** Recorded as {@link SecurityEvents.SessionPolicyChanged} in the caller's transaction. */
    void change(TenantBound admin, Duration idle, Duration absolute) {
        var tenant = admin.tenant();
        if (idle == null || idle.compareTo(SHORTEST_IDLE) < 0 || idle.compareTo(LONGEST_IDLE) > 0) {
            throw new OrgUnits.InvalidInput("Die Leerlaufzeit muss zwischen 5 Minuten und 8 Stunden liegen.");
        }
        if (absolute == null || absolute.compareTo(SHORTEST_ABSOLUTE) < 0 || absolute.compareTo(LONGEST_ABSOLUTE) > 0
                || absolute.compareTo(idle) < 0) {
            throw new OrgUnits.InvalidInput(
                    "Die Höchstdauer muss zwischen 30 Minuten und 24 Stunden liegen und darf nicht kürzer als die Leerlaufzeit sein.");
        }
        jdbc.sql("""
                INSERT INTO identity.session_policy (tenant_id, idle_minutes, absolute_minutes) VALUES (:tenant, :idle, :absolute)
                ON CONFLICT (tenant_id) DO UPDATE SET idle_minutes = :idle, absolute_minutes = :absolute
                """).param("tenant", tenant.value()).param("idle", (int) idle.toMinutes())
            .param("absolute", (int) absolute.toMinutes())
            .update();
        events.publishEvent(new SecurityEvents.SessionPolicyChanged(tenant.value(), admin.actor(), clock.instant()));
    }
}

package de.kommunale2030.plattform.audit;

import java.util.Locale;
import java.util.UUID;

import de.kommunale2030.plattform.identity.SecurityEvents.AccountAdministered;
import de.kommunale2030.plattform.identity.SecurityEvents.AccountLocked;
import de.kommunale2030.plattform.identity.SecurityEvents.OperatorCreated;
import de.kommunale2030.plattform.identity.SecurityEvents.OrgUnitCreated;
import de.kommunale2030.plattform.identity.SecurityEvents.PasswordChanged;
import de.kommunale2030.plattform.identity.SecurityEvents.RecoveryCodeUsed;
import de.kommunale2030.plattform.identity.SecurityEvents.SecondFactorEnrolled;
import de.kommunale2030.plattform.identity.SecurityEvents.SessionPolicyChanged;
import de.kommunale2030.plattform.identity.SecurityEvents.SignInCompleted;
import de.kommunale2030.plattform.identity.SecurityEvents.SignInFailed;
import de.kommunale2030.plattform.identity.SecurityEvents.TenantOnboarded;
import de.kommunale2030.plattform.identity.SecurityEvents.TokenAdministered;
import de.kommunale2030.plattform.identity.SecurityEvents.TokenRefused;
import de.kommunale2030.plattform.identity.SecurityEvents.TokenUsed;
import de.kommunale2030.plattform.identity.Acting;
import de.kommunale2030.plattform.protection.AccessRefused;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the identity module's security events. The listeners run synchronously in the publisher's
 * thread: an event published inside the transaction of an administrative change is recorded in that
 * transaction, and a failure to record rolls the change back. Events that name no known Kommune
 * (a sign-in for an unknown AGS, a throttled client, a token that names no tenant) go into the
 * chain of the platform's own tenant.
 */
@Component
class SecurityEventAuditing {

    private static final Logger logger = LoggerFactory.getLogger(SecurityEventAuditing.class);

    private final AuditLog log;
    private final Tenants tenants;

    SecurityEventAuditing(AuditLog log, Tenants tenants) {
        this.log = log;
        this.tenants = tenants;
    }

    @EventListener
    void on(SignInFailed event) {
        var entry = AuditEvent.of(tenantOrPlatform(event.tenant()), Actor.anonymous(),
                "identity.sign-in." + key(event.reason()), Outcome.DENIED);
        log.record(event.account() == null ? entry : entry.on("account", event.account()));
    }

    @EventListener
    void on(AccountLocked event) {
        log.record(AuditEvent.of(new TenantId(event.tenant()), Actor.system(), "identity.account.lock", Outcome.ALLOWED)
            .on("account", event.account()));
    }

    @EventListener
    void on(SignInCompleted event) {
        recordOwn(event.tenant(), event.account(), "identity.sign-in");
    }

    @EventListener
    void on(PasswordChanged event) {
        recordOwn(event.tenant(), event.account(), "identity.password.change");
    }

    @EventListener
    void on(SecondFactorEnrolled event) {
        recordOwn(event.tenant(), event.account(), "identity.second-factor.enrol");
    }

    @EventListener
    void on(RecoveryCodeUsed event) {
        recordOwn(event.tenant(), event.account(), "identity.recovery-code.use");
    }

    @EventListener
    void on(AccountAdministered event) {
        log.record(AuditEvent.of(new TenantId(event.tenant()), actingOr(event.actor()),
                "identity.account." + key(event.change()), Outcome.ALLOWED).on("account", event.account()));
    }

    @EventListener
    void on(TokenUsed event) {
        log.record(AuditEvent.of(new TenantId(event.tenant()), new Actor(Actor.Type.TOKEN, event.token(), java.util.List.of()),
                "identity.token.use", Outcome.ALLOWED).on("token", event.token()));
    }

    @EventListener
    void on(TokenRefused event) {
        var entry = AuditEvent.of(tenantOrPlatform(event.tenant()), Actor.anonymous(), "identity.token.refuse",
                Outcome.DENIED);
        log.record(event.token() == null ? entry : entry.on("token", event.token()));
    }

    @EventListener
    void on(TokenAdministered event) {
        log.record(AuditEvent.of(new TenantId(event.tenant()), actingOr(event.administrator()),
                event.revoked() ? "identity.token.revoke" : "identity.token.issue", Outcome.ALLOWED).on("token", event.token()));
    }

    @EventListener
    void on(OrgUnitCreated event) {
        log.record(AuditEvent.of(new TenantId(event.tenant()), actingOr(event.actor()), "identity.org-unit.created",
                Outcome.ALLOWED).on("org-unit", event.unit()));
    }

    @EventListener
    void on(SessionPolicyChanged event) {
        log.record(AuditEvent.of(new TenantId(event.tenant()), actingOr(event.actor()), "identity.session-policy.changed",
                Outcome.ALLOWED).on("tenant", event.tenant()));
    }

    /** The first entries of a Kommune's chain: who registered it, and its first administrator. */
    @EventListener
    void on(TenantOnboarded event) {
        var tenant = new TenantId(event.tenant());
        var actor = event.operator() == null ? Actor.commandLine() : actingOr(event.operator());
        log.recordAll(java.util.List.of(
                AuditEvent.of(tenant, actor, "tenancy.tenant.onboard", Outcome.ALLOWED).on("tenant", event.tenant()),
                AuditEvent.of(tenant, actor, "identity.account.created", Outcome.ALLOWED).on("account", event.administrator())));
    }

    @EventListener
    void on(OperatorCreated event) {
        log.record(AuditEvent.of(new TenantId(event.platform()), Actor.commandLine(), "identity.operator.created",
                Outcome.ALLOWED).on("account", event.operator()));
    }

    /**
     * A refusal happens whether or not it can be recorded; a failure to record it is logged, not
     * turned into an error response.
     */
    @EventListener
    void on(AccessRefused event) {
        var actor = Actor.current();
        Acting.current().ifPresent(acting -> {
            try {
                log.record(AuditEvent.of(acting.tenant(), actor,
                        event.csrf() ? "protection.csrf.refuse" : "protection.access.refuse", Outcome.DENIED)
                    .on("http-method", event.method().matches("[A-Z]{1,20}") ? event.method() : "OTHER"));
            }
            catch (AuditUnavailable e) {
                logger.warn("A refused request of tenant {} could not be recorded", acting.tenant());
            }
        });
    }

    /** A person's own step: the actor is the account itself, even before its session is complete. */
    private void recordOwn(UUID tenant, UUID account, String action) {
        log.record(AuditEvent.of(new TenantId(tenant), Actor.user(account), action, Outcome.ALLOWED).on("account", account));
    }

    /** The signed-in person or token of the request with its grants, if it is the one the event names. */
    private static Actor actingOr(UUID actor) {
        var current = Actor.current();
        return actor.equals(current.id()) ? current : Actor.user(actor);
    }

    private TenantId tenantOrPlatform(UUID tenant) {
        // a refused token names any tenant id it likes: only a registered tenant gets the entry
        return tenant != null && tenants.findById(new TenantId(tenant)).isPresent() ? new TenantId(tenant)
                : tenants.findPlatform().orElseGet(tenants::platform);
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package de.kommunale2030.plattform.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Security events for the audit log and intrusion detection. They carry ids, never names,
 * passwords, codes or addresses in clear.
 */
public final class SecurityEvents {

    private SecurityEvents() {
    }

    /** Why a sign-in step failed; for the audit log, never shown to the client. */
    public enum FailureReason {
        UNKNOWN_TENANT, UNKNOWN_ACCOUNT, WRONG_PASSWORD, ACCOUNT_LOCKED, ACCOUNT_INACTIVE, WRONG_SECOND_FACTOR,
        CLIENT_THROTTLED
    }

    /**
     * @param tenant  the tenant, when the AGS named one
     * @param account the account, when the user name named one
     */
    public record SignInFailed(UUID tenant, UUID account, FailureReason reason, Instant at) {
    }

    public record AccountLocked(UUID tenant, UUID account, Instant until) {
    }

    public record SignInCompleted(UUID tenant, UUID account, Instant at) {
    }

    public record PasswordChanged(UUID tenant, UUID account, Instant at) {
    }

    public record SecondFactorEnrolled(UUID tenant, UUID account, Instant at) {
    }

    public record RecoveryCodeUsed(UUID tenant, UUID account, Instant at) {
    }

    /**
     * An administrator (or a token with {@code user:manage}) created, changed or deactivated an
     * account, or reset its second factor.
     *
     * @param actor the administrator's account or the token
     */
    public record AccountAdministered(UUID tenant, UUID account, UUID actor, Change change, Instant at) {

        public enum Change {
            CREATED, CHANGED, DEACTIVATED, SECOND_FACTOR_RESET
        }
    }

    /** A machine client used a valid token. */
    public record TokenUsed(UUID tenant, UUID token, Instant at) {
    }

    /** A machine client presented a token that is unknown, expired, revoked or altered. */
    public record TokenRefused(UUID tenant, UUID token, Instant at) {
    }

    /** An administrator issued or revoked an API token. */
    public record TokenAdministered(UUID tenant, UUID token, UUID administrator, boolean revoked, Instant at) {
    }

    /** An administrator (or a token with {@code user:manage}) created an org unit. */
    public record OrgUnitCreated(UUID tenant, UUID unit, UUID actor, Instant at) {
    }

    /** An administrator changed the tenant's session limits. */
    public record SessionPolicyChanged(UUID tenant, UUID actor, Instant at) {
    }

    /**
     * A Kommune was registered with its first administrator; the first entries of its audit chain.
     *
     * @param operator the operator's account, or {@code null} when it was done at the command line
     */
    public record TenantOnboarded(UUID tenant, UUID administrator, UUID operator, Instant at) {
    }

    /** An operator account was created at the command line, in the platform's own tenant. */
    public record OperatorCreated(UUID platform, UUID operator, Instant at) {
    }
}

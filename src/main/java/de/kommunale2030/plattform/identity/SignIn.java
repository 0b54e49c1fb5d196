package de.kommunale2030.plattform.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.kommunale2030.plattform.identity.Accounts.Account;
import de.kommunale2030.plattform.identity.SecurityEvents.AccountLocked;
import de.kommunale2030.plattform.identity.SecurityEvents.FailureReason;
import de.kommunale2030.plattform.identity.SecurityEvents.PasswordChanged;
import de.kommunale2030.plattform.identity.SecurityEvents.RecoveryCodeUsed;
import de.kommunale2030.plattform.identity.SecurityEvents.SecondFactorEnrolled;
import de.kommunale2030.plattform.identity.SecurityEvents.SignInCompleted;
import de.kommunale2030.plattform.identity.SecurityEvents.SignInFailed;
import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.Tenant;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The sign-in state machine: password, then (once) a new password, then enrolment of the second
 * factor or the second factor itself. Every step that fails counts towards the account's lockout.
 */
@Service
class SignIn {

    /** What operators type instead of an AGS: they belong to the platform, not to a Kommune. */
    static final String PLATFORM = "BETRIEB";

    private final Tenants tenants;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final ClientThrottle throttle;
    private final TenantTransactions transactions;
    private final ApplicationEventPublisher events;
    private final IdentitySettings settings;
    private final SecretBox secretBox;
    private final RecoveryCodes recoveryCodes;
    private final Clock clock;
    private final SessionPolicies sessionPolicies;
    private final String dummyHash;

    SignIn(Tenants tenants, Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy, ClientThrottle throttle,
            TenantTransactions transactions, ApplicationEventPublisher events, IdentitySettings settings,
            SecretBox secretBox, RecoveryCodes recoveryCodes, Clock clock, SessionPolicies sessionPolicies) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.throttle = throttle;
        this.transactions = transactions;
        this.events = events;
        this.settings = settings;
        this.secretBox = secretBox;
        this.recoveryCodes = recoveryCodes;
        this.clock = clock;
        this.sessionPolicies = sessionPolicies;
        // unknown users cost one real Argon2 verification too, so timing does not reveal accounts
        this.dummyHash = passwords.encode(InitialPasswords.generate());
    }

    record Outcome(PlatformAuthentication authentication, SignInFailed failure, AccountLocked lock) {
    }

    PlatformAuthentication withPassword(String ags, String username, String typed, String clientAddress) {
        var password = nfc(typed);
        var now = clock.instant();
        if (!throttle.tryAttempt(clientAddress, now)) {
            events.publishEvent(new SignInFailed(null, null, FailureReason.CLIENT_THROTTLED, now));
            throw SignInRefused.throttled();
        }
        var tenant = PLATFORM.equalsIgnoreCase(String.valueOf(ags).strip()) ? tenants.findPlatform()
                : parse(() -> Ags.of(ags)).flatMap(tenants::findByAgs).map(Tenant::id);
        var user = parse(() -> Username.of(username));
        if (tenant.isEmpty() || user.isEmpty()) {
            passwords.matches(String.valueOf(password), dummyHash);
            events.publishEvent(new SignInFailed(tenant.map(TenantId::value).orElse(null), null,
                    tenant.isEmpty() ? FailureReason.UNKNOWN_TENANT : FailureReason.UNKNOWN_ACCOUNT, now));
            throw SignInRefused.refused();
        }
        var outcome = transactions.callAs(tenant.get(), () -> {
            var account = accounts.findByUsername(user.get());
            var matches = passwords.matches(String.valueOf(password), account.map(Account::passwordHash).orElse(dummyHash));
            if (account.isEmpty()) {
                return failed(tenant.get(), null, FailureReason.UNKNOWN_ACCOUNT, null);
            }
            var found = account.get();
            if (found.lockedAt(now)) {
                return failed(tenant.get(), found.id(), FailureReason.ACCOUNT_LOCKED, null);
            }
            if (!found.active()) {
                return failed(tenant.get(), found.id(), FailureReason.ACCOUNT_INACTIVE, null);
            }
            if (!matches) {
                var lock = accounts.recordFailure(found.id(), now, settings.lockoutThreshold(), settings.lockoutWindow());
                return failed(tenant.get(), found.id(), FailureReason.WRONG_PASSWORD, lock.orElse(null));
            }
            if (passwords.upgradeEncoding(found.passwordHash())) {
                accounts.rehash(found.id(), passwords.encode(password));
            }
            var stage = found.passwordChangeRequired() ? SignInStage.PASSWORD_CHANGE_REQUIRED
                    : found.mfaEnrolled() ? SignInStage.MFA_REQUIRED : SignInStage.MFA_ENROLLMENT_REQUIRED;
            var policy = sessionPolicies.current();
            return new Outcome(PlatformAuthentication.started(found.tenant(), found.id(), stage, found.roles(), now,
                    policy.idle(), policy.absolute()), null, null);
        });
        return settle(outcome);
    }

    PlatformAuthentication changePassword(PlatformAuthentication signingIn, String typed) {
        requireStage(signingIn, SignInStage.PASSWORD_CHANGE_REQUIRED);
        var newPassword = nfc(typed);
        var now = clock.instant();
        return inTenant(signingIn, () -> {
            var account = accounts.findById(signingIn.account()).orElseThrow(SignInRefused::refused);
            policy.violation(newPassword, account.username()).ifPresent(reason -> {
                throw new PasswordRejected(reason);
            });
            if (passwords.matches(newPassword, account.passwordHash())) {
                throw new PasswordRejected("Das neue Passwort muss sich vom bisherigen unterscheiden.");
            }
            accounts.changePassword(account.id(), passwords.encode(newPassword), now);
            events.publishEvent(new PasswordChanged(signingIn.tenant().value(), account.id(), now));
            return signingIn.advancedTo(
                    account.mfaEnrolled() ? SignInStage.MFA_REQUIRED : SignInStage.MFA_ENROLLMENT_REQUIRED);
        });
    }

    /**
     * A signed-in person changes their own password; the current password is checked like a
     * sign-in step (a wrong one counts towards the lockout).
     */
    void changeOwnPassword(PlatformAuthentication signedIn, String typedCurrent, String typedNew) {
        requireStage(signedIn, SignInStage.AUTHENTICATED);
        if (typedCurrent == null || typedCurrent.isEmpty() || typedNew == null || typedNew.isEmpty()) {
            throw new PasswordRejected("Bitte geben Sie das bisherige und das neue Passwort ein.");
        }
        var current = nfc(typedCurrent);
        var newPassword = nfc(typedNew);
        var now = clock.instant();
        var outcome = inTenant(signedIn, () -> {
            var account = accounts.findById(signedIn.account()).orElseThrow(SignInRefused::refused);
            if (!passwords.matches(current, account.passwordHash())) {
                var lock = accounts.recordFailure(account.id(), now, settings.lockoutThreshold(), settings.lockoutWindow());
                return new Outcome(null, new SignInFailed(signedIn.tenant().value(), account.id(),
                        FailureReason.WRONG_PASSWORD, now),
                        lock.map(until -> new AccountLocked(signedIn.tenant().value(), account.id(), until)).orElse(null));
            }
            policy.violation(newPassword, account.username()).ifPresent(reason -> {
                throw new PasswordRejected(reason);
            });
            if (current.equals(newPassword)) {
                throw new PasswordRejected("Das neue Passwort muss sich vom bisherigen unterscheiden.");
            }
            accounts.changePassword(account.id(), passwords.encode(newPassword), now);
            return new Outcome(signedIn, null, null);
        });
        settle(outcome);
        events.publishEvent(new PasswordChanged(signedIn.tenant().value(), signedIn.account(), now));
    }

    record Enrolment(byte[] secret, String otpauthUri) {
    }

    Enrolment startEnrolment(PlatformAuthentication signingIn) {
        return enrolment(signingIn, Totp.newSecret());
    }

    /** The enrolment of a secret handed out before, for showing it again. */
    Enrolment enrolment(PlatformAuthentication signingIn, byte[] secret) {
        requireStage(signingIn, SignInStage.MFA_ENROLLMENT_REQUIRED);
        var label = inTenant(signingIn, () -> {
            var where = tenants.findById(signingIn.tenant()).map(tenant -> tenant.ags().value()).orElse(PLATFORM);
            var account = accounts.findById(signingIn.account()).orElseThrow(SignInRefused::refused);
            return where + "/" + account.username().value();
        });
        var issuer = "Kommunale 2030";
        var uri = "otpauth://totp/" + encode(issuer) + ":" + encode(label) + "?secret=" + Base32.encode(secret) + "&issuer="
                + encode(issuer) + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(secret, uri);
    }

    record Enrolled(PlatformAuthentication authentication, List<String> recoveryCodes) {
    }

    /**
     * @param pendingSecret the secret handed out by {@link #startEnrolment}, empty when none was
     */
    Enrolled confirmEnrolment(PlatformAuthentication signingIn, Optional<byte[]> pendingSecret, String code) {
        requireStage(signingIn, SignInStage.MFA_ENROLLMENT_REQUIRED);
        var now = clock.instant();
        var step = pendingSecret.map(secret -> Totp.verify(secret, code, now, java.util.OptionalLong.empty()))
            .orElse(java.util.OptionalLong.empty());
        if (pendingSecret.isEmpty() || step.isEmpty()) {
            throw settleFailure(inTenant(signingIn, () -> secondFactorFailed(signingIn)));
        }
        var secret = pendingSecret.get();
        var codes = RecoveryCodes.generate();
        inTenant(signingIn, () -> {
            accounts.enrollSecondFactor(signingIn.account(), secretBox.seal(secret, associatedData(signingIn)),
                    step.getAsLong(), codes.stream().map(recoveryCodes::hash).toList(), signingIn.tenant());
            accounts.recordSuccess(signingIn.account());
            return null;
        });
        events.publishEvent(new SecondFactorEnrolled(signingIn.tenant().value(), signingIn.account(), now));
        events.publishEvent(new SignInCompleted(signingIn.tenant().value(), signingIn.account(), now));
        return new Enrolled(signingIn.advancedTo(SignInStage.AUTHENTICATED), codes);
    }

    PlatformAuthentication withSecondFactor(PlatformAuthentication signingIn, String code) {
        requireStage(signingIn, SignInStage.MFA_REQUIRED);
        var now = clock.instant();
        var outcome = inTenant(signingIn, () -> {
            var account = accounts.findById(signingIn.account()).orElseThrow(SignInRefused::refused);
            if (account.lockedAt(now) || !account.active() || !account.mfaEnrolled()) {
                return failed(signingIn, FailureReason.ACCOUNT_LOCKED);
            }
            boolean accepted;
            if (RecoveryCodes.looksLikeRecoveryCode(code)) {
                accepted = accounts.useRecoveryCode(account.id(), recoveryCodes.hash(code), now);
                if (accepted) {
                    events.publishEvent(new RecoveryCodeUsed(signingIn.tenant().value(), account.id(), now));
                }
            }
            else {
                var secret = secretBox.open(account.mfaSecret(), associatedData(signingIn));
                var step = Totp.verify(secret, code, now, accounts.lastAcceptedStep(account.id()));
                accepted = step.isPresent() && accounts.acceptStep(account.id(), step.getAsLong());
            }
            if (!accepted) {
                return secondFactorFailed(signingIn);
            }
            accounts.recordSuccess(account.id());
            return new Outcome(signingIn.advancedTo(SignInStage.AUTHENTICATED), null, null);
        });
        var authenticated = settle(outcome);
        events.publishEvent(new SignInCompleted(signingIn.tenant().value(), signingIn.account(), now));
        return authenticated;
    }

    private Outcome secondFactorFailed(PlatformAuthentication signingIn) {
        var lock = accounts.recordFailure(signingIn.account(), clock.instant(), settings.lockoutThreshold(),
                settings.lockoutWindow());
        return new Outcome(null, new SignInFailed(signingIn.tenant().value(), signingIn.account(),
                FailureReason.WRONG_SECOND_FACTOR, clock.instant()),
                lock.map(until -> new AccountLocked(signingIn.tenant().value(), signingIn.account(), until)).orElse(null));
    }

    private Outcome failed(PlatformAuthentication signingIn, FailureReason reason) {
        return new Outcome(null, new SignInFailed(signingIn.tenant().value(), signingIn.account(), reason, clock.instant()),
                null);
    }

    private Outcome failed(TenantId tenant, UUID account, FailureReason reason, java.time.Instant lockedUntil) {
        return new Outcome(null, new SignInFailed(tenant.value(), account, reason, clock.instant()),
                lockedUntil == null ? null : new AccountLocked(tenant.value(), account, lockedUntil));
    }

    /** Failures are committed (the lockout must count them) and only then refused. */
    private PlatformAuthentication settle(Outcome outcome) {
        if (outcome.failure() != null) {
            throw settleFailure(outcome);
        }
        return outcome.authentication();
    }

    private SignInRefused settleFailure(Outcome outcome) {
        events.publishEvent(outcome.failure());
        if (outcome.lock() != null) {
            events.publishEvent(outcome.lock());
        }
        return SignInRefused.refused();
    }

    private static String associatedData(PlatformAuthentication signingIn) {
        return "identity.account.mfa_secret|" + signingIn.tenant() + "|" + signingIn.account();
    }

    private static void requireStage(PlatformAuthentication signingIn, SignInStage stage) {
        if (signingIn == null || signingIn.stage() != stage) {
            throw new WrongSignInStage();
        }
    }

    private <T> T inTenant(PlatformAuthentication signingIn, java.util.function.Supplier<T> work) {
        return transactions.callAs(signingIn.tenant(), work);
    }

    private static <T> Optional<T> parse(java.util.function.Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * "ä" typed on one device may arrive composed, on another decomposed; both must be the same
     * password (NIST SP 800-63B, 5.1.1.2).
     */
    private static String nfc(String password) {
        return password == null ? null : java.text.Normalizer.normalize(password, java.text.Normalizer.Form.NFC);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A request for a step the sign-in is not at. */
    static final class WrongSignInStage extends RuntimeException {

        WrongSignInStage() {
            super("This sign-in step is not due", null, false, false);
        }
    }

    /** A new password that the policy refuses; the message is German and shown to the user. */
    static final class PasswordRejected extends RuntimeException {

        PasswordRejected(String reason) {
            super(reason, null, false, false);
        }
    }
}

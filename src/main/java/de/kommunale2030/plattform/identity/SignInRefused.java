package de.kommunale2030.plattform.identity;

/**
 * A sign-in step that did not succeed. The client learns nothing about the cause: unknown
 * tenant, unknown user, wrong password, locked or deactivated account and wrong code all answer
 * the same. Only the per-address limit answers differently, because it says nothing about an
 * account.
 */
final class SignInRefused extends RuntimeException {

    private final boolean throttled;

    private SignInRefused(boolean throttled) {
        super(throttled ? "Too many sign-in attempts from this client" : "Sign-in refused", null, false, false);
        this.throttled = throttled;
    }

    static SignInRefused refused() {
        return new SignInRefused(false);
    }

    static SignInRefused throttled() {
        return new SignInRefused(true);
    }

    boolean isThrottled() {
        return throttled;
    }
}

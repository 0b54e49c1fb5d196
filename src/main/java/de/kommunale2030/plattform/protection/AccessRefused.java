package de.kommunale2030.plattform.protection;

/**
 * A signed-in person or machine client was refused a request: no rule admits it for them, or a
 * state-changing request came without a valid CSRF token. Published while the refusal is written,
 * with the caller's authentication still in place, so a listener can attribute it. Carries no path:
 * a probed path may hold anything.
 *
 * @param method the HTTP method
 * @param csrf   {@code true} when the CSRF token was missing or wrong
 */
public record AccessRefused(String method, boolean csrf) {
}

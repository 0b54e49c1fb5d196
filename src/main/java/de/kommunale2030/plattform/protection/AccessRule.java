package de.kommunale2030.plattform.protection;

import java.util.Objects;

import org.springframework.http.HttpMethod;

/**
 * Who may call an endpoint. Requests that no module's rule matches are refused.
 *
 * @param method     the HTTP method, or null for every method
 * @param pattern    a path pattern such as {@code /api/v1/users/**}
 * @param permission a permission key such as {@code user:manage}; {@link #ANYONE} for
 *                   visitors who are not signed in, {@link #SIGNED_IN} for everybody who has
 *                   completed sign-in
 */
public record AccessRule(HttpMethod method, String pattern, String permission) {

    public static final String ANYONE = "";
    public static final String SIGNED_IN = "*";

    public AccessRule {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(permission, "permission");
    }

    public static AccessRule open(String pattern) {
        return new AccessRule(null, pattern, ANYONE);
    }

    public static AccessRule open(HttpMethod method, String pattern) {
        return new AccessRule(method, pattern, ANYONE);
    }

    public static AccessRule signedIn(HttpMethod method, String pattern) {
        return new AccessRule(method, pattern, SIGNED_IN);
    }

    public static AccessRule requires(HttpMethod method, String pattern, String permission) {
        if (permission.isBlank() || SIGNED_IN.equals(permission)) {
            throw new IllegalArgumentException("A permission key is required");
        }
        return new AccessRule(method, pattern, permission);
    }
}

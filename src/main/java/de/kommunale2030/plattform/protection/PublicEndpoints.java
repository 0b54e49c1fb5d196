package de.kommunale2030.plattform.protection;

import java.util.List;

/**
 * Paths a module opens to visitors who are not signed in. Everything not declared by some module
 * is refused.
 */
public record PublicEndpoints(List<String> paths) {

    public PublicEndpoints {
        paths = List.copyOf(paths);
    }

    public static PublicEndpoints of(String... paths) {
        return new PublicEndpoints(List.of(paths));
    }
}

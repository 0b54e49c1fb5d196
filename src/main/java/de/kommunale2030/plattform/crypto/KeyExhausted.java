package de.kommunale2030.plattform.crypto;

import java.io.Serial;

/**
 * A key version has done as many encryptions as its {@link NonceBudget} allows; encrypting more
 * under it would raise the chance of a repeated nonce above what NIST accepts. The remedy is a new
 * key version.
 */
public final class KeyExhausted extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    KeyExhausted(long usedSoFar, long more, long limit) {
        super("Key version exhausted: " + usedSoFar + " encryptions done, " + more + " more requested, limit " + limit
                + "; encrypt under a new key version");
    }
}

package de.kommunale2030.plattform.crypto;

/**
 * How many encryptions one key version may do with random 96-bit nonces. NIST SP 800-38D §8.3
 * limits random-nonce GCM to 2^32 invocations per key, which keeps the probability of any repeated
 * nonce below 2^-32; a repeated nonce would reveal the XOR of two plaintexts and allow forged tags.
 * <p>
 * This is the rule only: the callers keep the count per key version, durably and shared by every
 * instance, and ask before they encrypt.
 *
 * @param limit encryptions allowed per key version: 1 to 2^32, lower only for tests and drills
 */
public record NonceBudget(long limit) {

    /** NIST SP 800-38D §8.3: at most 2^32 invocations per key with random nonces. */
    public static final long RANDOM_NONCE_LIMIT = 1L << 32;

    public NonceBudget {
        if (limit < 1 || limit > RANDOM_NONCE_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and 2^32");
        }
    }

    /** The NIST limit. */
    public static NonceBudget standard() {
        return new NonceBudget(RANDOM_NONCE_LIMIT);
    }

    /**
     * @param usedSoFar encryptions already done under the key version, at least 0
     * @param more      encryptions about to be done, at least 0
     * @return whether {@code usedSoFar + more} stays within the limit; never overflows
     */
    public boolean permits(long usedSoFar, long more) {
        requireCount(usedSoFar, "usedSoFar");
        requireCount(more, "more");
        // usedSoFar <= limit first, so that limit - usedSoFar cannot overflow
        return usedSoFar <= limit && more <= limit - usedSoFar;
    }

    /**
     * @throws KeyExhausted if {@link #permits} says no
     */
    public void require(long usedSoFar, long more) {
        if (!permits(usedSoFar, more)) {
            throw new KeyExhausted(usedSoFar, more, limit);
        }
    }

    /** Encryptions still allowed after {@code usedSoFar}; 0 when exhausted or beyond. */
    public long remaining(long usedSoFar) {
        requireCount(usedSoFar, "usedSoFar");
        return usedSoFar >= limit ? 0 : limit - usedSoFar;
    }

    private static void requireCount(long count, String name) {
        if (count < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}

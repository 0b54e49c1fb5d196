package de.kommunale2030.plattform.crypto;

import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.spec.SecretKeySpec;

/**
 * 256-bit keys and the random source for keys and nonces.
 * <p>
 * Wiping: callers {@link #wipe} a key array as soon as they are done with it. In Java this only
 * shortens the time a key is visible in memory; it is no guarantee, because the garbage collector
 * may already have copied the array and the JDK's cipher objects keep their own copies.
 */
public final class Keys {

    /** AES-256 keys, key-encryption keys and blind-index keys all have 32 bytes. */
    public static final int KEY_BYTES = 32;

    /**
     * One NIST SP 800-90A DRBG (Hash_DRBG) instantiated at 256-bit security strength, as AES-256
     * keys require. Unlike {@code SecureRandom.getInstanceStrong()} it does not block after it is
     * seeded once, and it is thread-safe.
     */
    static final SecureRandom RANDOM = drbg();

    private Keys() {
    }

    /** A fresh random 256-bit key. */
    public static byte[] generate() {
        var key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Overwrites each array with zeros; missing arrays are skipped. */
    public static void wipe(byte[]... arrays) {
        if (arrays == null) {
            return;
        }
        for (var array : arrays) {
            if (array != null) {
                Arrays.fill(array, (byte) 0);
            }
        }
    }

    /**
     * The JCE key for 32 key bytes. A wrong length is a programming error and says so; the key
     * bytes are copied, so the caller may wipe its array afterwards.
     */
    static SecretKeySpec aes(byte[] key, String name) {
        requireKey(key, name);
        return new SecretKeySpec(key, "AES");
    }

    static byte[] requireKey(byte[] key, String name) {
        Arguments.present(key, name);
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(name + " must have exactly " + KEY_BYTES + " bytes, not " + key.length);
        }
        return key;
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG",
                    DrbgParameters.instantiation(256, DrbgParameters.Capability.RESEED_ONLY, null));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime since 9 has a DRBG", e);
        }
    }
}

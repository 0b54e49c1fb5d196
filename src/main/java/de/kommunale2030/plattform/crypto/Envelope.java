package de.kommunale2030.plattform.crypto;

import java.security.GeneralSecurityException;
import java.util.function.IntFunction;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM and the one envelope every ciphertext of this module has:
 * <pre>
 * [format 0x01][key version: 4 bytes big-endian][nonce: 12 bytes][ciphertext][tag: 16 bytes]
 * </pre>
 * The key version is in clear so that a reader can pick the key; the associated data the callers
 * build always covers it, so it cannot be changed without the tag failing. Nonces are 96 random
 * bits from the DRBG, which NIST SP 800-38D §8.2.2 allows for at most 2^32 encryptions per key
 * ({@link NonceBudget}).
 */
final class Envelope {

    static final byte FORMAT = 0x01;
    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    static final int HEADER_BYTES = 1 + Integer.BYTES + NONCE_BYTES;
    static final int OVERHEAD = HEADER_BYTES + TAG_BYTES;

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int TAG_BITS = TAG_BYTES * 8;

    /**
     * Cipher.getInstance took about 2.5 µs and the first init of a new instance about 2 µs more,
     * four fifths of the time to encrypt a 64-byte value; a per-thread instance, initialised anew
     * for every value, saves both (CipherThroughput, 64-byte values: encryption 9 to 36 MB/s,
     * decryption 11 to 92 MB/s; 64 KiB and more unchanged at about 2 GB/s). It also keeps the
     * expanded AES key while the same key is used again. Cipher objects are not thread-safe,
     * hence one per thread.
     * With virtual threads, which live for one task, the cache would rarely hit but costs little.
     * <p>
     * The JDK refuses to encrypt twice with the same key and nonce on one instance; with random
     * nonces that cannot happen in practice, and if it did, refusing is right.
     */
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(Envelope::newCipher);

    private Envelope() {
    }

    static byte[] seal(SecretKeySpec key, int keyVersion, byte[] associatedData, byte[] plaintext) {
        if (plaintext.length > Integer.MAX_VALUE - OVERHEAD - 8) {
            throw new IllegalArgumentException("plaintext too large for one envelope");
        }
        var envelope = new byte[OVERHEAD + plaintext.length];
        envelope[0] = FORMAT;
        writeInt(envelope, 1, keyVersion);
        var nonce = new byte[NONCE_BYTES];
        Keys.RANDOM.nextBytes(nonce);
        System.arraycopy(nonce, 0, envelope, 1 + Integer.BYTES, NONCE_BYTES);
        encrypt(CIPHER.get(), key, nonce, associatedData, plaintext, envelope, HEADER_BYTES);
        return envelope;
    }

    /**
     * @param associatedData the associated data for the key version the envelope names
     * @throws UndecryptableValue for any envelope that does not authenticate
     */
    static byte[] open(SecretKeySpec key, byte[] envelope, IntFunction<byte[]> associatedData) {
        int keyVersion = keyVersionOf(envelope);
        // computed before the cipher is initialised, so that nothing else can use this thread's cipher meanwhile
        var aad = associatedData.apply(keyVersion);
        var plaintext = new byte[envelope.length - OVERHEAD];
        try {
            var cipher = CIPHER.get();
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, envelope, 1 + Integer.BYTES, NONCE_BYTES));
            cipher.updateAAD(aad);
            cipher.doFinal(envelope, HEADER_BYTES, envelope.length - HEADER_BYTES, plaintext, 0);
            return plaintext;
        }
        catch (AEADBadTagException e) {
            Keys.wipe(plaintext);
            throw new UndecryptableValue("Value does not authenticate: altered, another key or another place");
        }
        catch (GeneralSecurityException e) {
            Keys.wipe(plaintext);
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /** Reads the header only; says nothing about whether the rest authenticates. */
    static int keyVersionOf(byte[] envelope) {
        Arguments.present(envelope, "envelope");
        if (envelope.length < OVERHEAD) {
            throw new UndecryptableValue("Value too short to be an envelope");
        }
        if (envelope[0] != FORMAT) {
            throw new UndecryptableValue("Value has an unknown format");
        }
        int keyVersion = readInt(envelope, 1);
        if (keyVersion < 1) {
            throw new UndecryptableValue("Value names no valid key version");
        }
        return keyVersion;
    }

    /**
     * AES-256-GCM with a nonce the caller chooses, returning ciphertext and tag. Only for
     * known-answer tests: choosing nonces is exactly what production code must never do, and no
     * public method leads here. It uses a cipher of its own, because test vectors repeat nonces,
     * which the thread's cipher rightly refuses.
     */
    static byte[] sealWithNonce(byte[] key, byte[] nonce, byte[] associatedData, byte[] plaintext) {
        var output = new byte[plaintext.length + TAG_BYTES];
        encrypt(newCipher(), Keys.aes(key, "key"), nonce, associatedData, plaintext, output, 0);
        return output;
    }

    /** The one place that encrypts, shared by {@link #seal} and the known-answer tests. */
    private static void encrypt(Cipher cipher, SecretKeySpec key, byte[] nonce, byte[] associatedData,
            byte[] plaintext, byte[] output, int offset) {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            cipher.doFinal(plaintext, 0, plaintext.length, output, offset);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES/GCM/NoPadding", e);
        }
    }

    private static void writeInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }

    private static int readInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) << 24 | (bytes[offset + 1] & 0xff) << 16 | (bytes[offset + 2] & 0xff) << 8
                | bytes[offset + 3] & 0xff;
    }
}

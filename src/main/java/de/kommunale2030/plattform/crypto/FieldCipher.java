package de.kommunale2030.plattform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Encrypts single field values (a name, a birth date, an address line) with AES-256-GCM under a
 * data subject's key, bound to their {@link CellAddress}. The result is a self-describing
 * envelope: {@code [0x01][key version, 4 bytes big-endian][nonce, 12 bytes][ciphertext][tag, 16 bytes]},
 * 33 bytes longer than the plaintext.
 * <p>
 * Every encryption draws a fresh random nonce, so one key may encrypt at most 2^32 values
 * ({@link NonceBudget}); callers count per key version. Thread-safe and without state.
 */
public final class FieldCipher {

    private FieldCipher() {
    }

    /**
     * @param key        the 32-byte data-encryption key
     * @param keyVersion its version (at least 1), stored in the envelope and bound into the tag
     */
    public static byte[] encrypt(byte[] key, int keyVersion, CellAddress cell, byte[] plaintext) {
        var aes = Keys.aes(key, "key");
        Arguments.positiveVersion(keyVersion, "keyVersion");
        Arguments.present(cell, "cell");
        Arguments.present(plaintext, "plaintext");
        return Envelope.seal(aes, keyVersion, cell.associatedData(keyVersion), plaintext);
    }

    /**
     * @param key the 32-byte key of the version {@link #keyVersionOf} names
     * @throws UndecryptableValue if the envelope is truncated, of another format, altered,
     *                            encrypted under another key or belongs to another cell
     */
    public static byte[] decrypt(byte[] key, CellAddress cell, byte[] envelope) {
        var aes = Keys.aes(key, "key");
        Arguments.present(cell, "cell");
        Arguments.present(envelope, "envelope");
        return Envelope.open(aes, envelope, cell::associatedData);
    }

    /**
     * The key version an envelope was encrypted under, so the caller can fetch that key. Reads
     * the header only; whether the value authenticates shows when it is decrypted.
     *
     * @throws UndecryptableValue if it is too short or of another format
     */
    public static int keyVersionOf(byte[] envelope) {
        return Envelope.keyVersionOf(envelope);
    }

    /**
     * Encrypts text as UTF-8.
     *
     * @throws IllegalArgumentException if the text contains an unpaired surrogate, which UTF-8
     *                                  cannot represent (Java would silently store '?')
     */
    public static byte[] encryptText(byte[] key, int keyVersion, CellAddress cell, String plaintext) {
        Arguments.present(plaintext, "plaintext");
        requireWellFormed(plaintext);
        var utf8 = plaintext.getBytes(StandardCharsets.UTF_8);
        try {
            return encrypt(key, keyVersion, cell, utf8);
        }
        finally {
            Keys.wipe(utf8);
        }
    }

    /**
     * Decrypts text encrypted with {@link #encryptText}.
     *
     * @throws UndecryptableValue as {@link #decrypt}, and if the plaintext is not UTF-8 text
     */
    public static String decryptText(byte[] key, CellAddress cell, byte[] envelope) {
        var utf8 = decrypt(key, cell, envelope);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(utf8))
                .toString();
        }
        catch (CharacterCodingException e) {
            throw new UndecryptableValue("Value is not UTF-8 text");
        }
        finally {
            Keys.wipe(utf8);
        }
    }

    private static void requireWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("text contains an unpaired surrogate at index " + i);
            }
        }
    }
}

package de.kommunale2030.plattform.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for the few secrets this module must be able to read back (TOTP secrets). The
 * associated data binds a ciphertext to its tenant and account, so a secret copied to another
 * row does not decrypt. The key-hierarchy of the crypto module will replace the key source.
 */
final class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretBox(String base64UrlKey) {
        var bytes = Base64.getUrlDecoder().decode(base64UrlKey);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("An AES-256 key has 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    byte[] seal(byte[] plaintext, String associatedData) {
        try {
            var nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            var ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * @throws IllegalStateException when the ciphertext was altered or belongs to other associated data
     */
    byte[] open(byte[] sealed, String associatedData) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, NONCE_BYTES)));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed secret could not be opened", e);
        }
    }
}

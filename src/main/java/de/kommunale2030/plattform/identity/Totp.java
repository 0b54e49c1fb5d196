package de.kommunale2030.plattform.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords after RFC 6238 (HMAC-SHA1, 30-second steps, 6 digits), the
 * parameters every authenticator app supports. A code is accepted for the current step and one
 * step either side, and only for a step later than the last one accepted for the account, so a
 * code can never be used twice.
 */
final class Totp {

    static final int SECRET_BYTES = 20;
    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    static final int WINDOW = 1;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    static byte[] newSecret() {
        var secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    static String code(byte[] secret, long step) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            var hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            var offset = hash[hash.length - 1] & 0x0f;
            var binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /**
     * @param lastUsedStep the last step accepted for this account, if any
     * @return the step the code belongs to, when it is valid now and newer than {@code lastUsedStep}
     */
    static OptionalLong verify(byte[] secret, String code, Instant now, OptionalLong lastUsedStep) {
        if (code == null || !code.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        var current = step(now);
        var matched = OptionalLong.empty();
        // every candidate is computed and compared in constant time, so timing reveals no step
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            var equal = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
            if (equal && matched.isEmpty() && (lastUsedStep.isEmpty() || step > lastUsedStep.getAsLong())) {
                matched = OptionalLong.of(step);
            }
        }
        return matched;
    }
}

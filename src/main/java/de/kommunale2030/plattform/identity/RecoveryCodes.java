package de.kommunale2030.plattform.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ten single-use recovery codes per account, shown once. Each has 60 random bits
 * ({@code ABCD-EFGH-JKLM}); only an HMAC-SHA256 under a key outside the database is stored, so a
 * copy of the table alone does not allow guessing them offline.
 */
final class RecoveryCodes {

    static final int COUNT = 10;

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    RecoveryCodes(String base64UrlKey) {
        this.key = Base64.getUrlDecoder().decode(base64UrlKey);
    }

    static List<String> generate() {
        var codes = new ArrayList<String>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            var code = new StringBuilder(14);
            for (int c = 0; c < 12; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
            codes.add(code.toString());
        }
        return List.copyOf(codes);
    }

    static boolean looksLikeRecoveryCode(String input) {
        return input != null && normalise(input).matches("[A-Z2-9]{12}");
    }

    byte[] hash(String code) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(normalise(code).getBytes(StandardCharsets.US_ASCII));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String normalise(String code) {
        return code.replace("-", "").replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }
}

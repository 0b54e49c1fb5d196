package de.kommunale2030.plattform.identity;

import java.security.SecureRandom;

/**
 * One-time passwords handed to a new account holder: 20 characters from an alphabet without
 * look-alikes (no 0/O, 1/l/I), about 115 bits of entropy.
 */
final class InitialPasswords {

    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {
    }

    static String generate() {
        var password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(password);
    }
}

package de.kommunale2030.plattform.anonymization;

/**
 * Check digits of German identifiers (docs: ../shared/docs/domain.md). A pattern that matches but
 * fails its check is no identifier of that kind, so a validated recogniser can be sure.
 */
final class Checksums {

    private static final String ID_CARD_ALPHABET = "0123456789CFGHJKLMNPRTVWXYZ";

    private Checksums() {
    }

    /** ISO 13616: the IBAN without spaces, its first four chars moved to the end, mod 97 is 1. */
    static boolean iban(CharSequence compact) {
        if (compact.length() < 15 || compact.length() > 34) {
            return false;
        }
        int remainder = 0;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt((i + 4) % compact.length());
            int value = Character.digit(c, 36);
            if (value < 0 || Character.isLowerCase(c)) {
                return false;
            }
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder == 1;
    }

    /**
     * Steuer-Identifikationsnummer: 11 digits, the first not 0, in the first ten exactly one digit
     * occurs two or three times, and the last is the ISO 7064 MOD 11,10 check digit.
     */
    static boolean taxId(CharSequence digits) {
        if (digits.length() != 11 || digits.charAt(0) == '0' || !allDigits(digits)) {
            return false;
        }
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[digits.charAt(i) - '0']++;
        }
        int repeated = 0;
        for (int count : counts) {
            if (count > 3) {
                return false;
            }
            if (count >= 2) {
                repeated++;
            }
        }
        if (repeated != 1) {
            return false;
        }
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        return (check == 10 ? 0 : check) == digits.charAt(10) - '0';
    }

    /**
     * Rentenversicherungsnummer without spaces: area (2 digits), birth date DDMMYY, initial of the
     * birth name, serial (2 digits), check digit. The letter counts as its two-digit position in the
     * alphabet; the twelve digits are weighted 2,1,2,5,7,1,2,1,2,1,2,1 and their cross sums added.
     */
    static boolean pensionInsuranceNumber(CharSequence compact) {
        if (compact.length() != 12 || !Character.isLetter(compact.charAt(8))) {
            return false;
        }
        var letter = Character.toUpperCase(compact.charAt(8));
        if (letter < 'A' || letter > 'Z') {
            return false;
        }
        int position = letter - 'A' + 1;
        var digits = new StringBuilder(12).append(compact, 0, 8)
            .append(position / 10)
            .append(position % 10)
            .append(compact, 9, 11);
        if (!allDigits(digits) || !Character.isDigit(compact.charAt(11))) {
            return false;
        }
        int[] weights = { 2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1 };
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int product = (digits.charAt(i) - '0') * weights[i];
            sum += product / 10 + product % 10;
        }
        return sum % 10 == compact.charAt(11) - '0';
    }

    /** Personalausweis number: nine chars of the document alphabet and an ICAO 9303 check digit (7-3-1). */
    static boolean idCard(CharSequence number) {
        if (number.length() != 10) {
            return false;
        }
        int[] weights = { 7, 3, 1 };
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = number.charAt(i);
            if (ID_CARD_ALPHABET.indexOf(c) < 0) {
                return false;
            }
            sum += Character.digit(c, 36) * weights[i % 3];
        }
        return Character.isDigit(number.charAt(9)) && sum % 10 == number.charAt(9) - '0';
    }

    static boolean allDigits(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

package de.kommunale2030.plattform.anonymization;

import java.util.regex.Pattern;

/**
 * The value after a reference label ("Kassenzeichen: 6.3100.01284.7", "Aktenzeichen des Finanzamts:
 * 72 117 004 5318 3", "Az. BV 2025/0417"): one token of letters, digits and {@code . / -}, then up to
 * four more tokens that carry digits. Scanned by hand, in linear time.
 */
final class Reference {

    private static final int MAX_TOKENS = 5;
    private static final int MAX_TOKEN_LENGTH = 40;
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2}|\\d{4})");

    private Reference() {
    }

    /** The end of the reference starting at {@code start}, or {@code start} if there is none. */
    static int end(String text, int start) {
        int position = start;
        int end = start;
        int digits = 0;
        boolean firstHasDigit = false;
        for (int token = 0; token < MAX_TOKENS; token++) {
            int tokenEnd = tokenEnd(text, position);
            if (tokenEnd == position) {
                break;
            }
            int tokenDigits = countDigits(text, position, tokenEnd);
            if (token == 0) {
                firstHasDigit = tokenDigits > 0;
                if (!firstHasDigit && (tokenEnd - position > 6 || !Character.isUpperCase(text.charAt(position)))) {
                    return start;
                }
            }
            else if (tokenDigits == 0 && !(tokenEnd - position == 1 && Character.isUpperCase(text.charAt(position)))) {
                break;
            }
            digits += tokenDigits;
            // a single capital inside a number (53 120347 H 504) belongs to it only if digits follow
            if (token == 0 || tokenDigits > 0) {
                end = tokenEnd;
            }
            if (tokenEnd + 1 >= text.length() || text.charAt(tokenEnd) != ' ') {
                break;
            }
            position = tokenEnd + 1;
        }
        if (digits < 4 || DATE_ONLY.matcher(text.substring(start, end)).matches()) {
            return start;
        }
        return end;
    }

    private static int tokenEnd(String text, int start) {
        int i = start;
        int lastGood = start;
        while (i < text.length() && i - start < MAX_TOKEN_LENGTH) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                lastGood = i + 1;
            }
            else if (c != '.' && c != '/' && c != '-') {
                break;
            }
            i++;
        }
        return lastGood;
    }

    private static int countDigits(String text, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}

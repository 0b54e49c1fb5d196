package de.kommunale2030.plattform.anonymization;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a match can begin: the starts of words (a letter, digit, {@code +} or {@code (} after
 * anything else), found once per text. A pattern runs only at those of them that pass a cheap test
 * of the first chars; {@link Matcher#find()} would try every position of the text, and that, not the
 * matching, is what costs time on long letters.
 */
final class WordStarts {

    private final String text;
    private final int[] starts;

    WordStarts(String text) {
        this.text = text;
        var found = new int[Math.max(16, text.length() / 4)];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isLetterOrDigit(c) || c == '+' || c == '(') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    IntPredicate digit() {
        return at -> isDigit(at);
    }

    boolean isDigit(int at) {
        return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
    }

    boolean isUpper(int at) {
        return at < text.length() && Character.isUpperCase(text.charAt(at));
    }

    IntPredicate startingWith(String... prefixes) {
        return at -> {
            for (var prefix : prefixes) {
                if (text.startsWith(prefix, at)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Runs {@code pattern} anchored at every word start that passes {@code test}; matches do not overlap. */
    void each(Pattern pattern, IntPredicate test, Consumer<Matcher> action) {
        var matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        for (int at : starts) {
            if (at < done || !test.test(at)) {
                continue;
            }
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                action.accept(matcher);
                done = matcher.end();
            }
        }
    }
}

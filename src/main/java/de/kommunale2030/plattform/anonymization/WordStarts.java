package de.kommunale2030.plattform.anonymization;

import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where a match can begin: at the start of a word whose first char passes a
 * cheap test. {@link Matcher#find()} would try every position of the text, and that, not the
 * matching, is what costs time on long letters.
 */
final class WordStarts {

    static final IntPredicate DIGIT = c -> c >= '0' && c <= '9';
    static final IntPredicate UPPER = Character::isUpperCase;

    private WordStarts() {
    }

    static void each(String text, Pattern pattern, IntPredicate first, Consumer<Matcher> action) {
        var matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (first.test(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                matcher.region(i, length);
                if (matcher.lookingAt()) {
                    action.accept(matcher);
                    i = Math.max(matcher.end(), i + 1);
                    continue;
                }
            }
            i++;
        }
    }
}

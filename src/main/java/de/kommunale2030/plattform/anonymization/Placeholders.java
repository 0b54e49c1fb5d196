package de.kommunale2030.plattform.anonymization;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The placeholders of a text ({@code [PERSON_1]}, {@code [ADRESSE_2b]}, {@code [IBAN_1_27]}): opaque
 * tokens for every recogniser. A placeholder is a fixed label and digits and carries no value, so
 * nothing inside one is personal data, no name rule may read its label as a surname, and a line that
 * is one address placeholder is the address line it replaced. Only the labels of {@link EntityType}
 * count: a bracket with any other capitals ({@code [HANS_MUELLER_1]}) is ordinary text and analysed as
 * such, so that nobody can hide a name from the analysis by dressing it as a placeholder.
 */
final class Placeholders {

    private static final String NUMBER = "_\\d{1,7}(?:[a-z]|_\\d{1,7})?\\]";
    static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:"
            + Arrays.stream(EntityType.values()).map(EntityType::label).collect(Collectors.joining("|")) + ")" + NUMBER);
    private static final Pattern ADDRESS = Pattern.compile("\\[" + EntityType.ADDRESS.label() + NUMBER);

    /** Starts and ends of the placeholders, in text order. */
    private final int[] starts;
    private final int[] ends;

    Placeholders(String text) {
        var matcher = PLACEHOLDER.matcher(text);
        var foundStarts = new int[8];
        var foundEnds = new int[8];
        int count = 0;
        for (int at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
            if (matcher.region(at, text.length()).lookingAt()) {
                if (count == foundStarts.length) {
                    foundStarts = Arrays.copyOf(foundStarts, count * 2);
                    foundEnds = Arrays.copyOf(foundEnds, count * 2);
                }
                foundStarts[count] = at;
                foundEnds[count++] = matcher.end();
            }
        }
        this.starts = Arrays.copyOf(foundStarts, count);
        this.ends = Arrays.copyOf(foundEnds, count);
    }

    int count() {
        return starts.length;
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    /** The end of the placeholder that starts at {@code at}, or -1 if none starts there. */
    int endOfOneAt(int at) {
        int index = Arrays.binarySearch(starts, at);
        return index >= 0 ? ends[index] : -1;
    }

    /** Whether the (stripped) line is exactly one address placeholder: a street, a town or a care-of line. */
    static boolean isAddressLine(String line) {
        return ADDRESS.matcher(line).matches();
    }
}

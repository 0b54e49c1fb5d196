package de.kommunale2030.plattform.klartext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stretch of a notice cut into sentences. Every line ends a sentence (notices put items and
 * paragraphs on lines of their own); inside a line a full stop, question or exclamation mark ends
 * one when a blank and a capital follow and it does not close an abbreviation ("Abs.", "Nr.",
 * "i. V. m.") or an ordinal ("1. Juli", "II. Quartal").
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("Abs", "Nr", "Art", "Dr", "Buchst", "Str", "St", "ca",
            "bzw", "ggf", "lfd", "gem", "vgl", "Tel", "Zi", "Az", "Bl", "Fl", "geb", "Hd", "OT", "Ing", "Dipl", "Mo",
            "Di", "Mi", "Do", "Fr", "Sa", "So", "Std", "Pkw", "Kfz", "Co", "usw", "inkl", "zzgl", "gez", "Anl", "Fa");

    /** What a Roman ordinal counts ("II. Quartal"); elsewhere "Weidenstück II. Für …" ends a sentence. */
    private static final List<String> COUNTED = List.of("Quartal", "Halbjahr", "Kalendervierteljahr", "Kapitel",
            "Abschnitt", "Buch", "Teil");

    private Sentences() {
    }

    /** A sentence: the characters {@code [start, end)} of the text, blanks trimmed. */
    record Span(int start, int end) {

        String of(String text) {
            return text.substring(start, end);
        }
    }

    static List<Span> split(String text, int from, int to) {
        var spans = new ArrayList<Span>();
        var start = from;
        for (var i = from; i < to; i++) {
            var c = text.charAt(i);
            if (c == '\n') {
                add(spans, text, start, i);
                start = i + 1;
            } else if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i, to)) {
                add(spans, text, start, i + 1);
                start = i + 1;
            }
        }
        add(spans, text, start, to);
        return spans;
    }

    private static boolean endsSentence(String text, int at, int to) {
        if (at + 2 >= to || !Character.isWhitespace(text.charAt(at + 1)) || text.charAt(at + 1) == '\n') {
            return false;
        }
        var next = text.charAt(at + 2);
        if (!Character.isUpperCase(next) && next != '„' && next != '[') {
            return false;
        }
        if (text.charAt(at) != '.') {
            return true;
        }
        var wordStart = at;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        var word = text.substring(wordStart, at);
        if ((word.length() == 1 && Character.isLetter(word.charAt(0))) || ABBREVIATIONS.contains(word)) {
            return false;
        }
        var ordinal = word.length() <= 2 && word.chars().allMatch(Character::isDigit);
        var roman = word.chars().allMatch(ch -> ch == 'I' || ch == 'V' || ch == 'X')
                && COUNTED.stream().anyMatch(counted -> text.startsWith(counted, at + 2));
        return !ordinal && !roman;
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            spans.add(new Span(start, end));
        }
    }
}

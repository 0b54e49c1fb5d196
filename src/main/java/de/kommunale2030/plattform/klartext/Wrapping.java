package de.kommunale2030.plattform.klartext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines a PDF or a copy from one wrapped at the page width, joined again. A text counts as wrapped
 * when its long lines all end near one width: at most {@value #MAX_WIDTH} characters (a printed
 * line), and many lines close to it. Inside such a text, a line break is soft when the next
 * line's first word would not have fitted on the line, and either the line ends in a word that
 * cannot end one (an article, a preposition, a conjunction) or nothing marks a new line: a list
 * item, a heading, a "Label: value" or date line, a salutation or closing, a line that announces
 * a list (":") or ends a table row with an amount. The head before the salutation (letterhead,
 * address, reference block; up to the first heading where there is no salutation) is set line by line: there a line continues the one before only when
 * it starts in lower case or the line before ends in such a word.
 *
 * <p>A soft break becomes a blank, so the text keeps its length and every offset into it stays
 * valid: sections found on the joined text are sections of the text as it came.
 */
final class Wrapping {

    /** More characters than a printed A4 line holds even in a small font: a text with such lines was not wrapped. */
    static final int MAX_WIDTH = 140;
    /** Share of lines within [80 %, 115 %] of the width a wrapped paragraph text has at least. */
    private static final double NEAR_WIDTH_SHARE = 0.15;
    /**
     * Share of the width a line and the next line's first word must exceed to tell a wrap: less
     * than the full width, because proportional fonts fill a line with fewer or more characters and
     * a placeholder is shorter or longer than the value it stands for.
     */
    private static final double WRAP_SHARE = 0.8;
    private static final int MIN_LINES = 8;

    private static final Pattern LIST_ITEM = Pattern.compile(
            "(?:\\d{1,2}[.)]|[a-z]\\)|[-–•·*])[ \\t]+(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\b)");
    /** The longest word {@link #ENDS_OPEN} looks for, with its blank before and a comma after. */
    private static final int OPEN_WORD = 8;
    private static final Pattern ENDS_OPEN = Pattern.compile(
            "(?U)(?:^|\\s)(?:der|die|das|dem|den|des|ein|eine|einer|eines|einem|einen|und|oder|sowie|zu|zum|zur|von|vom|auf|mit"
                    + "|für|an|am|im|in|bei|beim|bis|nach|über|unter|aus|gegen|durch|als|wie|dass|ob|wenn|weil),?$");
    /** Room for the longest amount {@link #ENDS_WITH_AMOUNT} looks for at a line's end. */
    private static final int AMOUNT_AT_END = 24;
    private static final Pattern ENDS_WITH_AMOUNT = Pattern.compile("(?:\\d,\\d{2}|\\d,-{1,2})[ \\u00A0]?(?:€|EUR|Euro)$|(?:€|EUR)[ \\u00A0]?\\d[\\d.]{0,12},\\d{2}$");

    private Wrapping() {
    }

    /** A line: its content {@code [start, end)} without surrounding blanks, and where its line break is. */
    private record Line(int start, int end, int lineBreak) {

        int length() {
            return end - start;
        }
    }

    /** {@code text} with every soft line break replaced by a blank; the text itself when it is not wrapped. */
    static String unwrapped(String text) {
        var lines = lines(text);
        var width = width(lines);
        if (width < 0) {
            return text;
        }
        var joined = new StringBuilder(text);
        var inHead = true;
        for (var i = 0; i + 1 < lines.size(); i++) {
            var line = lines.get(i);
            var next = lines.get(i + 1);
            var content = text.substring(line.start(), line.end());
            inHead = inHead && !Sections.isSalutation(content) && !Sections.isStandaloneHeading(content);
            if (line.length() > 0 && next.length() > 0 && soft(text, line, next, width, inHead)) {
                joined.setCharAt(line.lineBreak(), ' ');
            }
        }
        return joined.toString();
    }

    /** The width the text is wrapped at (the 95th percentile of its line lengths), or -1 when it is not wrapped. */
    private static int width(List<Line> lines) {
        var lengths = lines.stream().mapToInt(Line::length).filter(length -> length > 0).sorted().toArray();
        if (lengths.length < MIN_LINES) {
            return -1;
        }
        var width = lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.95))];
        if (width > MAX_WIDTH) {
            return -1;
        }
        var near = 0;
        for (var length : lengths) {
            if (length >= 0.8 * width && length <= 1.15 * width) {
                near++;
            }
        }
        return near >= NEAR_WIDTH_SHARE * lengths.length ? width : -1;
    }

    private static boolean soft(String text, Line line, Line next, int width, boolean inHead) {
        var current = text.substring(line.start(), line.end()).strip();
        var following = text.substring(next.start(), next.end()).strip();
        var firstWord = following.indexOf(' ') < 0 ? following.length() : following.indexOf(' ');
        if (current.length() + 1 + firstWord <= WRAP_SHARE * width) {
            return false;
        }
        if (ENDS_OPEN.matcher(current.substring(Math.max(0, current.length() - OPEN_WORD))).find() || Character.isLowerCase(following.charAt(0))) {
            return true;
        }
        if (inHead || current.endsWith(":") || Sections.isSalutation(current) || Sections.heading(current) != null
                || ENDS_WITH_AMOUNT.matcher(current.substring(Math.max(0, current.length() - AMOUNT_AT_END))).find() && !Character.isLowerCase(following.charAt(0))) {
            return false;
        }
        return !(LIST_ITEM.matcher(following).lookingAt() || Sections.isStandaloneHeading(following)
                || Sections.isLabelLine(following) || Sections.isDateLine(following) || Sections.isSalutation(following) || Sections.isClosing(following));
    }

    /** The lines of {@code text}. */
    private static List<Line> lines(String text) {
        var lines = new ArrayList<Line>();
        var start = 0;
        for (var i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                var end = i;
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                var first = start;
                while (first < end && Character.isWhitespace(text.charAt(first))) {
                    first++;
                }
                lines.add(new Line(first, end, i));
                start = i + 1;
            }
        }
        return lines;
    }
}

package de.kommunale2030.plattform.anonymization;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a German letter that decide what is whose: the letterhead with the authority's own
 * name, address and switchboard; the address field with the recipient; the closing with the clerk's
 * name. A text without that layout (a paragraph, a chat message) has none of them, and only the
 * context rules apply.
 */
final class Letter {

    /** A line that is only a postcode and a town: the last line of an address. */
    static final Pattern POSTCODE_LINE = Pattern.compile(
            "\\d{5}[ \\t]+\\p{Lu}[^\\n·,;:]{1,60}(?:, (?:OT|Ortsteil) \\p{Lu}[^\\n·,;:]{1,60})?");
    /** A foreign postcode with its country prefix and the town (L-1234 Town, A-1010 Wien). */
    static final Pattern FOREIGN_POSTCODE_LINE = Pattern.compile("[A-Z]{1,2}-\\d{3,5}[ \\t]+\\p{Lu}[^\\n·,;:]{1,60}");
    /** The country under a foreign address, in capitals as the post asks for it. */
    private static final Pattern COUNTRY_LINE = Pattern.compile("\\p{Lu}[\\p{Lu} -]{2,40}");
    /** What a letterhead carries besides the address: a website, a mailbox or a switchboard. */
    private static final Pattern LETTERHEAD_CONTACT = Pattern.compile("www\\.|@|\\d-0\\b");

    private static final Pattern CLOSING = Pattern.compile(
            "(?:Mit freundlichen Grüßen|Freundliche Grüße|Mit freundlichem Gruß|Hochachtungsvoll|Viele Grüße)[ ,.!]*");

    private static final Pattern SIGNING_FORMULA = Pattern.compile(
            "(?:Im Auftrag|i\\. ?A\\.|In Vertretung|i\\. ?V\\.|Der Bürgermeister|Die Bürgermeisterin|Der Landrat|Die Landrätin)[ ,.]*");

    private final String text;
    private final List<Line> lines;
    private final int headEnd;
    private final int addressFirst;
    private final int addressLast;

    private final int headLines;

    private Letter(String text, List<Line> lines, int addressFirst, int addressLast, int headLines) {
        this.text = text;
        this.lines = lines;
        this.addressFirst = addressFirst;
        this.addressLast = addressLast;
        this.headLines = headLines;
        this.headEnd = headLines == 0 ? 0 : lines.get(headLines - 1).end();
    }

    static Letter of(String text) {
        var lines = new ArrayList<Line>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new Line(start, end));
            start = end + 1;
        }
        // The address field is the first paragraph after the letterhead that ends in a postcode line;
        // it lies near the top, so only the first lines are searched.
        int limit = Math.min(lines.size(), 40);
        int paragraphStart = 0;
        for (int i = 0; i < limit; i++) {
            var line = lines.get(i);
            if (line.isBlank(text)) {
                paragraphStart = i + 1;
                continue;
            }
            if (paragraphStart > 0 && isAddressEnd(text, lines, i)) {
                // a pseudonymised field shows street, town and country as one placeholder each: its last line ends it
                int last = i;
                while (isAddressPlaceholder(text, lines, last) && last + 1 < lines.size() && isAddressEnd(text, lines, last + 1)) {
                    last++;
                }
                int first = paragraphStart;
                while (first < last && (lines.get(first).text(text).contains("·") || isDeliveryNote(lines.get(first).stripped(text)))) {
                    first++;
                }
                if (last - first >= 1 && last - first <= 8) {
                    return new Letter(text, lines, first, last, first);
                }
            }
        }
        return new Letter(text, lines, -1, -1, announcementHead(text, lines));
    }

    /**
     * A postcode line, or the country under a foreign postcode line. A line that is one address
     * placeholder stands for the address line it replaced, whichever it was, so that the anonymiser
     * reads its own output with the layout of the original.
     */
    private static boolean isAddressEnd(String text, List<Line> lines, int i) {
        var line = lines.get(i).stripped(text);
        if (line.contains("·")) {
            return false;
        }
        return POSTCODE_LINE.matcher(line).matches() || Placeholders.isAddressLine(line)
                || (i > 0 && COUNTRY_LINE.matcher(line).matches()
                        && (FOREIGN_POSTCODE_LINE.matcher(lines.get(i - 1).stripped(text)).matches() || isAddressPlaceholder(text, lines, i - 1)));
    }

    private static boolean isAddressPlaceholder(String text, List<Line> lines, int i) {
        return Placeholders.isAddressLine(lines.get(i).stripped(text));
    }

    /**
     * A letter without an address field (a public notice, a circular to all owners) still opens with
     * the authority's letterhead: a first paragraph of a few lines with a postcode and a website,
     * mailbox or switchboard. Without these it is ordinary text, whose addresses are a person's.
     */
    private static int announcementHead(String text, List<Line> lines) {
        int end = 0;
        while (end < lines.size() && !lines.get(end).isBlank(text)) {
            end++;
        }
        if (end == 0 || end > 8 || end == lines.size()) {
            return 0;
        }
        boolean postcode = false;
        boolean contact = false;
        for (var line : lines.subList(0, end)) {
            var content = line.text(text);
            postcode |= Addresses.hasPostcodeAndTown(content);
            contact |= LETTERHEAD_CONTACT.matcher(content).find();
        }
        return postcode && contact ? end : 0;
    }

    private static boolean isDeliveryNote(String line) {
        return line.startsWith("Mit ") || line.startsWith("Per ") || line.startsWith("Einschreiben")
                || line.startsWith("Gegen ") || line.startsWith("Zustellungsurkunde");
    }

    boolean hasAddressField() {
        return addressFirst >= 0;
    }

    /** End of the letterhead: everything before the address field. */
    int headEnd() {
        return headEnd;
    }

    /** The lines of the address field, the postcode line last. */
    List<Line> addressField() {
        return hasAddressField() ? lines.subList(addressFirst, addressLast + 1) : List.of();
    }

    /** The paragraph of "Label: value" lines after the address field (Aktenzeichen, Kassenzeichen, Datum …). */
    List<Line> referenceBlock() {
        if (!hasAddressField()) {
            return List.of();
        }
        int first = addressLast + 1;
        while (first < lines.size() && first <= addressLast + 3 && lines.get(first).isBlank(text)) {
            first++;
        }
        int last = first;
        while (last < lines.size() && last - first < 12 && !lines.get(last).isBlank(text)) {
            last++;
        }
        return lines.subList(Math.min(first, last), last);
    }

    /** The lines of the letterhead (authority, its address, the return-address line). */
    List<Line> head() {
        return lines.subList(0, headLines);
    }

    /** The name lines under every closing formula ("Mit freundlichen Grüßen", "Im Auftrag", blank lines skipped). */
    List<Line> signatures() {
        var names = new ArrayList<Line>();
        for (int i = 0; i < lines.size(); i++) {
            if (!CLOSING.matcher(lines.get(i).stripped(text)).matches()) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && j <= i + 4 && (lines.get(j).isBlank(text)
                    || SIGNING_FORMULA.matcher(lines.get(j).stripped(text)).matches())) {
                j++;
            }
            if (j < lines.size() && j <= i + 4) {
                names.add(lines.get(j));
            }
        }
        return names;
    }

    /** One line of the text, without its line break. */
    record Line(int start, int end) {

        String text(String of) {
            return of.substring(start, end);
        }

        String stripped(String of) {
            return text(of).strip();
        }

        boolean isBlank(String of) {
            return text(of).isBlank();
        }
    }
}

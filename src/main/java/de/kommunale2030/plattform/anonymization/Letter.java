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
    static final Pattern POSTCODE_LINE = Pattern.compile("\\d{5}[ \\t]+\\p{Lu}[^\\n·,;:]{1,60}");

    private static final Pattern CLOSING = Pattern.compile(
            "(?:Mit freundlichen Grüßen|Freundliche Grüße|Mit freundlichem Gruß|Hochachtungsvoll|Viele Grüße)[ ,.!]*");

    private static final Pattern SIGNING_FORMULA = Pattern.compile(
            "(?:Im Auftrag|i\\. ?A\\.|In Vertretung|i\\. ?V\\.|Der Bürgermeister|Die Bürgermeisterin|Der Landrat|Die Landrätin)[ ,.]*");

    private final String text;
    private final List<Line> lines;
    private final int headEnd;
    private final int addressFirst;
    private final int addressLast;

    private Letter(String text, List<Line> lines, int addressFirst, int addressLast) {
        this.text = text;
        this.lines = lines;
        this.addressFirst = addressFirst;
        this.addressLast = addressLast;
        this.headEnd = addressFirst < 0 ? 0 : lines.get(addressFirst).start();
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
            if (paragraphStart > 0 && POSTCODE_LINE.matcher(line.stripped(text)).matches()
                    && !line.text(text).contains("·")) {
                int first = paragraphStart;
                while (first < i && (lines.get(first).text(text).contains("·") || isDeliveryNote(lines.get(first).stripped(text)))) {
                    first++;
                }
                if (i - first >= 1 && i - first <= 7) {
                    return new Letter(text, lines, first, i);
                }
            }
        }
        return new Letter(text, lines, -1, -1);
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

    /** The lines of the letterhead (authority, its address, the return-address line). */
    List<Line> head() {
        return hasAddressField() ? lines.subList(0, addressFirst) : List.of();
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

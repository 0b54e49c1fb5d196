package de.kommunale2030.plattform.klartext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits a notice into its parts. The head (letterhead, address field, reference block, subject) is
 * told apart by blank-line blocks: the reference block is the one that carries the date or
 * "Label: value" lines, the address field lies between it and the letterhead, the subject between
 * it and the salutation. A head without blank lines (a PDF's text, a copy) is cut at cues instead:
 * the address field opens with "Herrn", "Frau", "Firma" …, the reference block with its first
 * "Label: value" or date line and ends with its date line. The body is cut at headings
 * ("Begründung", "2. Berechnung", "Gründe:"), recognised at the start of a block or, standing
 * alone on a short line without an amount or a date, anywhere; a heading the rules do not know
 * continues the part before it, and whatever precedes the first heading is the Tenor. Lines a PDF
 * wrapped are joined first (see {@link Wrapping}).
 */
final class Sections {

    private static final Pattern SALUTATION = Pattern.compile(            "(?iuU)(?:sehr geehrte[rs]?|guten tag|liebe[rs]?|hallo)\\b.{0,200}");
    private static final Pattern CLOSING = Pattern.compile(
            "(?:Mit freundlichen Grüßen|Freundliche Grüße|Mit freundlichem Gruß|Mit besten Grüßen|Viele Grüße"
                    + "|Hochachtungsvoll)\\b.{0,40}");
    private static final Pattern NUMBERING = Pattern.compile("(?:\\d{1,2}|[IVX]{1,4})\\.[ \\t]{1,3}");
    private static final Map<Part, Pattern> HEADINGS = headings();

    /** The date line of a reference block: "Datum: 18.03.2025", "Salzwiek, 12.01.2026", "Ort, im Januar 2027". */
    static final Pattern DATE_LINE = Pattern.compile(
            "(?:Datum:?[ \\t]{1,20}|Vom[ \\t]{1,3}|\\p{Lu}[\\p{L} .\\-]{1,40},[ \\t]{1,3}(?:den[ \\t]{1,3})?)"
                    + "(?:\\d{1,2}\\.[ ]?(?:\\d{1,2}\\.[ ]?\\d{4}|\\p{L}{3,9}[ ]\\d{4})|im[ ]\\p{L}{3,9}[ ]\\d{4})");
    private static final Pattern ADDRESS_CUE = Pattern.compile(
            "(?:Herrn?|Frau|Firma|Familie|Eheleute|An|An die|An den|An das|Mit Postzustellungsurkunde|Förmliche Zustellung)(?:[ ].{0,90})?");
    /** A heading stands alone on a line no longer than this. */
    private static final int STANDALONE_HEADING = 60;
    /** How far after its first label line a reference block's date line may come. */
    private static final int REFERENCE_LINES = 15;
    private static final Pattern LABEL_LINE = Pattern.compile("[\\p{L}][\\p{L}\\-. ()]{1,40}:[ \\t]{1,30}\\S.{0,150}");

    private Sections() {
    }

    private static Map<Part, Pattern> headings() {
        return Map.of(
                Part.TENOR, Pattern.compile("(?:Festsetzung|Entscheidung|Bescheid|Das Wichtigste in Kürze|Auf einen Blick):?"),
                Part.BERECHNUNG, Pattern.compile("(?:Berechnung|Ermittlung|Kostenaufstellung|Kostenrechnung|Kosten im Einzelnen"
                        + "|So haben wir gerechnet|Unsere Berechnung|Zinsberechnung|Gebühren|Auslagen)\\b.{0,90}"),
                Part.FAELLIGKEITEN, Pattern.compile("(?U)(?:Fälligkeit|Fälligkeiten|Tilgungsplan|Ratenplan|Wann müssen Sie zahlen)\\b.{0,90}"),
                Part.ZAHLUNGSHINWEISE, Pattern.compile("(?:Zahlung|Zahlungshinweise?|Zahlungsaufforderung|Zahlungsweg|Zahlungsweise"
                        + "|Zahlungserleichterungen|Auszahlung|Bankverbindung|Wie zahlen Sie)\\b.{0,90}"),
                Part.BEGRUENDUNG, Pattern.compile("(?U)(?:Begründung|Gründe|Sachverhalt|Erläuterungen?|Warum)\\b.{0,90}"),
                Part.RECHTSBEHELFSBELEHRUNG, Pattern.compile("(?U)(?:Rechtsbehelfsbelehrung|Rechtsmittelbelehrung)\\b.{0,60}"),
                Part.HINWEISE, Pattern.compile("(?U)(?:Wichtige |Weitere )?Hinweise?\\b.{0,60}"));
    }

    /** A line: the characters {@code [start, end)} without its line break and trailing blanks. */
    private record Line(int start, int end, String text) {

        boolean blank() {
            return text.isBlank();
        }
    }

    /** @param text the notice with wrapped lines already joined ({@link Wrapping#unwrapped}) */
    static List<Section> split(String text) {
        var lines = lines(text);
        var blocks = blocks(lines, 0, lines.size());
        if (blocks.isEmpty()) {
            return List.of();
        }
        var salutation = -1;
        for (var i = 0; i < lines.size() && salutation < 0; i++) {
            if (isSalutation(lines.get(i).text())) {
                salutation = i;
            }
        }
        int bodyStart;
        List<int[]> head;
        var sections = new ArrayList<Section>();
        if (salutation >= 0) {
            head = headBlocks(lines, salutation);
            var salutationEnd = salutation;
            while (salutationEnd + 1 < lines.size()
                    && SALUTATION.matcher(lines.get(salutationEnd + 1).text().strip()).matches()) {
                salutationEnd++;
            }
            bodyStart = salutationEnd + 1;
        } else if (blocks.size() >= MIN_HEAD_BLOCKS) {
            var first = firstBodyBlock(lines, blocks);
            head = blocks.subList(0, first);
            bodyStart = first < blocks.size() ? blocks.get(first)[0] : lines.size();
        } else {
            bodyStart = firstBodyLine(lines);
            head = headBlocks(lines, bodyStart);
        }
        var reference = head(lines, head, sections);
        if (salutation >= 0) {
            sections.add(section(Part.ANREDE, lines, salutation, bodyStart - 1));
        }
        var headings = body(lines, bodyStart, sections);
        if (!(reference && (salutation >= 0 || headings > 0)) && headings < 2) {
            return List.of();
        }
        return merge(sections);
    }

    /** Letterhead, address field and reference block: a head with fewer blank-line blocks lost its blank lines. */
    private static final int MIN_HEAD_BLOCKS = 3;

    /** The blocks of the head {@code [0, end)}: its blank-line blocks, or, when it has too few, the blocks its cues mark. */
    private static List<int[]> headBlocks(List<Line> lines, int end) {
        var blocks = blocks(lines, 0, end);
        return blocks.size() >= MIN_HEAD_BLOCKS ? blocks : cueBlocks(lines, end);
    }

    /**
     * The head {@code [0, end)} cut at its cues: the letterhead up to the first address cue, the
     * address field up to the first label or date line, the reference block from there to its
     * date line (or its last label line), the subject after it.
     */
    private static List<int[]> cueBlocks(List<Line> lines, int end) {
        var address = -1;
        for (var i = 1; i < end && address < 0; i++) {
            if (lines.get(i).text().length() <= 100 && ADDRESS_CUE.matcher(lines.get(i).text().strip()).matches()) {
                address = i;
            }
        }
        var reference = -1;
        for (var i = Math.max(1, address + 1); i < end && reference < 0; i++) {
            if (isReferenceLine(lines.get(i).text().strip())) {
                reference = i;
            }
        }
        var cuts = new ArrayList<Integer>(List.of(0));
        if (address > 0) {
            cuts.add(address);
        }
        if (reference > 0) {
            cuts.add(reference);
            cuts.add(referenceEnd(lines, reference, end) + 1);
        }
        var blocks = new ArrayList<int[]>();
        for (var c = 0; c < cuts.size(); c++) {
            var first = cuts.get(c);
            var last = (c + 1 < cuts.size() ? cuts.get(c + 1) : end) - 1;
            while (first <= last && lines.get(first).blank()) {
                first++;
            }
            while (last >= first && lines.get(last).blank()) {
                last--;
            }
            if (first <= last) {
                blocks.add(new int[] {first, last});
            }
        }
        return blocks;
    }

    /** The reference block's last line: its date line, else the last of its label lines (one other line may come between two). */
    private static int referenceEnd(List<Line> lines, int first, int end) {
        for (var i = first; i < Math.min(end, first + REFERENCE_LINES); i++) {
            var line = lines.get(i).text().strip();
            if (line.length() <= 200 && DATE_LINE.matcher(line).matches()) {
                return i;
            }
        }
        var last = first;
        for (var i = first + 1; i < end && i <= last + 2; i++) {
            if (isReferenceLine(lines.get(i).text().strip())) {
                last = i;
            }
        }
        return last;
    }

    private static boolean isReferenceLine(String line) {
        return line.length() <= 200 && (DATE_LINE.matcher(line).matches() || LABEL_LINE.matcher(line).matches());
    }

    /** Without blank lines: the first heading standing alone or the first long line that ends a sentence or announces a list. */
    private static int firstBodyLine(List<Line> lines) {
        for (var i = 1; i < lines.size(); i++) {
            var line = lines.get(i).text().strip();
            if (isStandaloneHeading(line) || line.length() >= 80 && (line.endsWith(".") || line.endsWith(":"))) {
                return i;
            }
        }
        return lines.size();
    }

    static boolean isSalutation(String line) {
        return line.length() < 250 && SALUTATION.matcher(line.strip()).matches();
    }

    static boolean isClosing(String line) {
        return CLOSING.matcher(line.strip()).matches();
    }

    static boolean isDateLine(String line) {
        var text = line.strip();
        return text.length() <= 200 && DATE_LINE.matcher(text).matches();
    }

    static boolean isLabelLine(String line) {
        var text = line.strip();
        return text.length() <= 200 && LABEL_LINE.matcher(text).matches();
    }

    /** A known heading on a short line of its own, without an amount or a date: a heading even where no blank line sets it off. */
    static boolean isStandaloneHeading(String line) {
        var text = line.strip();
        return text.length() <= STANDALONE_HEADING && heading(text) != null && Amounts.find(text).isEmpty()
                && GermanDates.find(text).isEmpty();
    }

    private static int firstBodyBlock(List<Line> lines, List<int[]> blocks) {
        for (var b = 1; b < blocks.size(); b++) {
            var block = blocks.get(b);
            if (heading(lines.get(block[0]).text()) != null) {
                return b;
            }
            for (var i = block[0]; i <= block[1]; i++) {
                var line = lines.get(i).text().strip();
                if (line.length() >= 80 && (line.endsWith(".") || line.endsWith(":"))) {
                    return b;
                }
            }
        }
        return blocks.size();
    }

    /** Adds the head's sections; tells whether a reference block was found. */
    private static boolean head(List<Line> lines, List<int[]> head, List<Section> sections) {
        if (head.isEmpty()) {
            return false;
        }
        sections.add(section(Part.BRIEFKOPF, lines, head.getFirst()[0], head.getFirst()[1]));
        var reference = -1;
        for (var b = 1; b < head.size() && reference < 0; b++) {
            if (isReferenceBlock(lines, head.get(b))) {
                reference = b;
            }
        }
        if (reference < 0) {
            if (head.size() >= 3) {
                sections.add(section(Part.ADRESSFELD, lines, head.get(1)[0], head.get(head.size() - 2)[1]));
            }
            if (head.size() >= 2) {
                sections.add(section(Part.BETREFF, lines, head.getLast()[0], head.getLast()[1]));
            }
            return false;
        }
        var subjectFirst = reference + 1;
        var addressLast = reference - 1;
        if (subjectFirst >= head.size() && reference >= 2) {
            // a public notice names its subject before its date ("Allgemeinverfügung …", then "Vom 01.12.2026")
            subjectFirst = reference - 1;
            addressLast = reference - 2;
        }
        if (addressLast >= 1) {
            sections.add(section(Part.ADRESSFELD, lines, head.get(1)[0], head.get(addressLast)[1]));
        }
        var referenceSection = section(Part.BEZUGSZEICHEN, lines, head.get(reference)[0], head.get(reference)[1]);
        if (subjectFirst < reference) {
            sections.add(section(Part.BETREFF, lines, head.get(subjectFirst)[0], head.get(subjectFirst)[1]));
            sections.add(referenceSection);
        } else {
            sections.add(referenceSection);
            if (subjectFirst < head.size()) {
                sections.add(section(Part.BETREFF, lines, head.get(subjectFirst)[0], head.getLast()[1]));
            }
        }
        return true;
    }

    private static boolean isReferenceBlock(List<Line> lines, int[] block) {
        var labels = 0;
        for (var i = block[0]; i <= block[1]; i++) {
            var line = lines.get(i).text().strip();
            if (line.length() > 200) {
                continue;
            }
            if (DATE_LINE.matcher(line).matches()) {
                return true;
            }
            if (LABEL_LINE.matcher(line).matches()) {
                labels++;
            }
        }
        return labels >= 2;
    }

    /** Adds the body's sections; returns how many known headings it has. */
    private static int body(List<Line> lines, int bodyStart, List<Section> sections) {
        var headings = 0;
        var part = Part.TENOR;
        var start = bodyStart;
        for (var i = bodyStart; i < lines.size(); i++) {
            var line = lines.get(i);
            var blockStart = i == bodyStart || lines.get(i - 1).blank();
            if (line.blank()) {
                continue;
            }
            var next = isClosing(line.text()) ? Part.GRUSS
                    : blockStart || isStandaloneHeading(line.text()) ? heading(line.text()) : null;
            if (next == null || part == Part.GRUSS) {
                continue;
            }
            if (next != Part.GRUSS) {
                headings++;
            }
            addTrimmed(sections, part, lines, start, i - 1);
            part = next;
            start = i;
        }
        addTrimmed(sections, part, lines, start, lines.size() - 1);
        return headings;
    }

    /** The part a heading line opens, or {@code null} when the line is no known heading. */
    static Part heading(String line) {
        var text = line.strip();
        if (text.isEmpty() || text.length() > 100 || text.endsWith(".") || text.endsWith(",") || text.endsWith(";")) {
            return null;
        }
        var numbering = NUMBERING.matcher(text);
        if (numbering.lookingAt()) {
            text = text.substring(numbering.end());
        }
        for (var part : Part.values()) {
            var pattern = HEADINGS.get(part);
            if (pattern != null && pattern.matcher(text).matches()) {
                return part;
            }
        }
        return null;
    }

    private static void addTrimmed(List<Section> sections, Part part, List<Line> lines, int first, int last) {
        while (first <= last && lines.get(first).blank()) {
            first++;
        }
        while (last >= first && lines.get(last).blank()) {
            last--;
        }
        if (first <= last) {
            sections.add(section(part, lines, first, last));
        }
    }

    private static Section section(Part part, List<Line> lines, int first, int last) {
        return new Section(part, lines.get(first).start(), lines.get(last).end());
    }

    private static List<Section> merge(List<Section> sections) {
        var merged = new ArrayList<Section>();
        for (var section : sections) {
            if (!merged.isEmpty() && merged.getLast().part() == section.part()) {
                var last = merged.removeLast();
                merged.add(new Section(section.part(), last.start(), section.end()));
            } else {
                merged.add(section);
            }
        }
        return merged;
    }

    private static List<Line> lines(String text) {
        var lines = new ArrayList<Line>();
        var start = 0;
        for (var i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                var end = i;
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                lines.add(new Line(start, end, text.substring(start, end)));
                start = i + 1;
            }
        }
        return lines;
    }

    /** Runs of non-blank lines in {@code [from, to)} as {first, last} line indexes. */
    private static List<int[]> blocks(List<Line> lines, int from, int to) {
        var blocks = new ArrayList<int[]>();
        var first = -1;
        for (var i = from; i < to; i++) {
            if (lines.get(i).blank()) {
                if (first >= 0) {
                    blocks.add(new int[] {first, i - 1});
                    first = -1;
                }
            } else if (first < 0) {
                first = i;
            }
        }
        if (first >= 0) {
            blocks.add(new int[] {first, to - 1});
        }
        return blocks;
    }
}

package de.kommunale2030.plattform.records;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Looks for encryption and active content in a PDF without parsing it (no PDF library is available).
 * A heuristic over names, the PDF's keys and type tags, normalised from their {@code #xx} escapes:
 *
 * <ul>
 * <li>{@code /Encrypt} anywhere in the raw bytes means encrypted. It lives in the trailer or in the
 * dictionary of an xref stream, and neither is ever compressed or encrypted itself.</li>
 * <li>{@code /JavaScript}, {@code /Launch}, {@code /EmbeddedFile}, {@code /EmbeddedFiles} and
 * {@code /RichMedia} anywhere in the raw bytes, stream data included, mean active content. An
 * {@code /OpenAction} is only refused through these, since opening at a page ({@code /GoTo}) is
 * common and harmless. A JavaScript action needs {@code /S /JavaScript}; a launch action
 * {@code /S /Launch}.</li>
 * <li>{@code /JS} and {@code /XFA} are short enough to occur by chance in binary stream data, so
 * they count only outside stream data (from the line after a {@code stream} keyword to the next
 * {@code endstream}) and only when followed by the kind of value they take: a string or a reference
 * for {@code /JS}, an array or a reference for {@code /XFA}.</li>
 * <li>Objects in object streams (PDF 1.5, the default of many producers) are compressed. Every
 * stream whose data starts with a zlib header is inflated, and if what comes out starts like PDF
 * object syntax (two integers, as an object stream's index does, or a content stream's numbers) it
 * is searched for the same names; so is data that after 64 KiB still has not shown whether it
 * does. At most {@link #INFLATE_BUDGET} bytes are inflated per file, all streams together, each
 * stream charged 4 KiB extra; beyond that (a decompression bomb, or tens of thousands of streams)
 * the file cannot be checked.</li>
 * </ul>
 *
 * <p>Names are matched wherever they occur, in strings and comments as well, so text that merely
 * mentions {@code /JavaScript} is refused too. Limits, all of which would need a real parser or a
 * re-rendering of the document: object streams encoded with another filter than Flate, with a
 * filter chain, with a predictor or as raw deflate without zlib header are not inflated; stream
 * boundaries are found by keyword, not by {@code /Length}, so a crafted file can make a region look
 * like stream data and hide {@code /JS} or {@code /XFA} there (a JavaScript action still needs the
 * name {@code /JavaScript}); scripts inside XFA XML are not looked at, only {@code /XFA} itself;
 * dangerous but legitimate features (links, forms without scripts, JBIG2 images) are let through.
 */
final class PdfScan {

    enum Verdict { CLEAN, ENCRYPTED, ACTIVE, UNVERIFIABLE }

    /** Inflated bytes per file at most: far above what real object and content streams reach. */
    static final long INFLATE_BUDGET = 256L * 1024 * 1024;

    private static final String ENCRYPT = "Encrypt";
    private static final Set<String> ACTIVE = Set.of("JavaScript", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia");
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_STREAM = "endstream".getBytes(StandardCharsets.US_ASCII);
    /** pdf.js starts stream data after the end of the keyword's line, even with junk before it. */
    private static final int KEYWORD_LINE = 32;

    /** Inflated in small pieces until the start of the data tells whether to search it. */
    private static final int GATE_PIECE = 256;
    /** Data that still only has white space, comments and a number after this much is searched. */
    private static final int GATE_LIMIT = 64 * 1024;
    private static final int INPUT_PIECE = 8 * 1024;
    /** Budget charged per inflated stream, so at most 65,536 streams are inflated per file. */
    private static final int ATTEMPT_COST = 4 * 1024;

    private final byte[] pdf;
    private final Inflater inflater = new Inflater();
    private final byte[] buffer = new byte[64 * 1024];
    private long budget = INFLATE_BUDGET;

    private PdfScan(byte[] pdf) {
        this.pdf = pdf;
    }

    static Verdict scan(byte[] pdf) {
        var scan = new PdfScan(pdf);
        try {
            return scan.verdict();
        }
        finally {
            scan.inflater.end();
        }
    }

    private Verdict verdict() {
        var starts = streamDataStarts();
        var raw = new Names();
        int position = 0;
        for (int start : starts) {
            if (start < position) {
                continue;
            }
            int end = DocumentType.indexOf(pdf, END_STREAM, start, pdf.length);
            end = end < 0 ? pdf.length : end;
            raw.feed(pdf, position, start, true);
            raw.feed(pdf, start, end, false);
            position = end;
        }
        raw.feed(pdf, position, pdf.length, true);
        raw.finish();
        if (raw.found.contains(ENCRYPT)) {
            return Verdict.ENCRYPTED;
        }
        if (!raw.found.isEmpty()) {
            return Verdict.ACTIVE;
        }
        for (int start : starts) {
            var verdict = inflated(start);
            if (verdict != Verdict.CLEAN) {
                return verdict;
            }
        }
        return Verdict.CLEAN;
    }

    /**
     * Where stream data may start, for every {@code stream} keyword standing as a token of its own
     * ({@code endstream} does not): right after the keyword's end of line, and after the next end of
     * line too if a reader that skips the rest of the line would start there.
     */
    private List<Integer> streamDataStarts() {
        var starts = new ArrayList<Integer>();
        for (int k = DocumentType.indexOf(pdf, STREAM, 0, pdf.length); k >= 0;
                k = DocumentType.indexOf(pdf, STREAM, k + 1, pdf.length)) {
            int after = k + STREAM.length;
            if ((k > 0 && Names.regular(pdf[k - 1] & 0xff)) || (after < pdf.length && Names.regular(pdf[after] & 0xff))) {
                continue;
            }
            int start = afterEndOfLine(after);
            starts.add(start);
            for (int i = after; i < Math.min(pdf.length, after + KEYWORD_LINE); i++) {
                if (pdf[i] == '\r' || pdf[i] == '\n') {
                    int next = afterEndOfLine(i);
                    if (next != start) {
                        starts.add(next);
                    }
                    break;
                }
            }
        }
        return starts;
    }

    private int afterEndOfLine(int position) {
        if (position < pdf.length && pdf[position] == '\r') {
            return position + 1 < pdf.length && pdf[position + 1] == '\n' ? position + 2 : position + 1;
        }
        return position < pdf.length && pdf[position] == '\n' ? position + 1 : position;
    }

    /**
     * Searches the stream data starting at {@code start} if it is zlib data that inflates to object
     * syntax; {@link Verdict#UNVERIFIABLE} once the budget is spent. The inflater gets everything up
     * to the end of the file: deflate data ends by itself, so bytes that look like {@code endstream}
     * inside it cannot cut the search short.
     */
    private Verdict inflated(int start) {
        if (start + 3 > pdf.length || !zlibHeader(pdf[start] & 0xff, pdf[start + 1] & 0xff)
                || (pdf[start + 2] & 0b110) == 0b110) {
            // Not zlib, or a first deflate block of the reserved type: no reader can decode it.
            return Verdict.CLEAN;
        }
        // Each attempt costs time even when it fails at once, so a file of nothing but stream
        // keywords and zlib headers runs out of budget instead of keeping the server busy.
        budget -= ATTEMPT_COST;
        if (budget < 0) {
            return Verdict.UNVERIFIABLE;
        }
        inflater.reset();
        int input = start;
        var gate = new ObjectSyntax();
        long gated = 0;
        Names names = null;
        while (true) {
            if (inflater.needsInput()) {
                if (input == pdf.length) {
                    break;
                }
                // In pieces: handing over the whole rest of the file costs time per stream.
                int length = Math.min(INPUT_PIECE, pdf.length - input);
                inflater.setInput(pdf, input, length);
                input += length;
            }
            int n;
            try {
                n = inflater.inflate(buffer, 0, names == null ? GATE_PIECE : buffer.length);
            }
            catch (DataFormatException e) {
                // Readers show what they could decode before the error, so that part counts.
                break;
            }
            if (n == 0) {
                if (inflater.needsInput()) {
                    continue;
                }
                break;
            }
            budget -= n;
            if (budget < 0) {
                return Verdict.UNVERIFIABLE;
            }
            int from = 0;
            if (names == null) {
                from = gate.advance(buffer, n);
                if (from == ObjectSyntax.NOT) {
                    return Verdict.CLEAN;
                }
                if (from == ObjectSyntax.UNDECIDED) {
                    gated += n;
                    if (gated < GATE_LIMIT) {
                        continue;
                    }
                    from = 0;
                }
                names = new Names();
            }
            names.feed(buffer, from, n, true);
        }
        if (names == null) {
            return Verdict.CLEAN;
        }
        names.finish();
        names.found.remove(ENCRYPT);
        return names.found.isEmpty() ? Verdict.CLEAN : Verdict.ACTIVE;
    }

    /** Deflate, a window of at most 32 KiB, a correct check value and no preset dictionary. */
    private static boolean zlibHeader(int cmf, int flg) {
        return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0 && (flg & 0x20) == 0;
    }

    /**
     * Whether inflated data starts like PDF object syntax: white space and comments, a number,
     * white space or comments, a number (signs and decimal points allowed, as lenient readers take
     * {@code +1} or {@code 1.0} for an integer). Pixel data rarely does; object streams always do.
     * Data that is still undecided after {@link #GATE_LIMIT} bytes (say, a long run of zero bytes,
     * which PDF counts as white space) is searched rather than waved through.
     */
    private static final class ObjectSyntax {

        static final int UNDECIDED = -1;
        static final int NOT = -2;

        private int numbers;
        private boolean inNumber;
        private boolean inComment;

        /** The index at which the data is known to be object syntax, {@link #UNDECIDED} or {@link #NOT}. */
        int advance(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                int b = bytes[i] & 0xff;
                if (inComment) {
                    inComment = b != '\n' && b != '\r';
                }
                else if ((b >= '0' && b <= '9') || b == '+' || b == '-' || b == '.') {
                    if (!inNumber) {
                        numbers++;
                        inNumber = true;
                        if (numbers == 2) {
                            return i;
                        }
                    }
                }
                else if (Names.whitespace(b) || b == '%') {
                    inNumber = false;
                    inComment = b == '%';
                }
                else {
                    return NOT;
                }
            }
            return UNDECIDED;
        }
    }

    /**
     * A scanner for PDF names over bytes fed in pieces, with {@code #xx} escapes decoded. It knows
     * nothing else of PDF syntax, so names inside strings and comments count as well: better a false
     * alarm than a name that a reader sees and the scanner does not.
     */
    private static final class Names {

        private static final int LONGEST = 16;
        private static final Set<String> SHORT = Set.of("JS", "XFA");

        final Set<String> found = new HashSet<>();
        private final byte[] name = new byte[LONGEST];
        private int length;
        private boolean inName;
        /** 0 outside an escape, 1 after {@code #}, 2 after {@code #} and one hex digit. */
        private int escape;
        private int firstDigit;
        private boolean shortNamesCount;
        /** A short name seen, waiting for the start of its value to tell whether it is a key. */
        private String awaiting;
        private boolean inComment;

        void feed(byte[] bytes, int from, int to, boolean shortNames) {
            endName();
            awaiting = null;
            inComment = false;
            shortNamesCount = shortNames;
            for (int i = from; i < to; i++) {
                accept(bytes[i] & 0xff);
            }
        }

        void finish() {
            endName();
            awaiting = null;
        }

        private void accept(int b) {
            if (inName) {
                if (regular(b)) {
                    nameByte(b);
                    return;
                }
                endName();
            }
            if (awaiting != null) {
                if (inComment) {
                    inComment = b != '\n' && b != '\r';
                    return;
                }
                if (whitespace(b)) {
                    return;
                }
                if (b == '%') {
                    inComment = true;
                    return;
                }
                if (valueStart(awaiting, b)) {
                    found.add(awaiting);
                }
                awaiting = null;
            }
            if (b == '/') {
                inName = true;
                length = 0;
                escape = 0;
            }
        }

        private void nameByte(int b) {
            if (escape == 0) {
                if (b == '#') {
                    escape = 1;
                }
                else {
                    append(b);
                }
            }
            else if (escape == 1) {
                if (Character.digit(b, 16) >= 0) {
                    firstDigit = b;
                    escape = 2;
                }
                else {
                    escape = 0;
                    append('#');
                    nameByte(b);
                }
            }
            else {
                escape = 0;
                if (Character.digit(b, 16) >= 0) {
                    append(Character.digit(firstDigit, 16) * 16 + Character.digit(b, 16));
                }
                else {
                    append('#');
                    append(firstDigit);
                    nameByte(b);
                }
            }
        }

        private void append(int b) {
            if (length < LONGEST) {
                name[length] = (byte) b;
            }
            length++;
        }

        private void endName() {
            if (!inName) {
                return;
            }
            if (escape >= 1) {
                append('#');
            }
            if (escape == 2) {
                append(firstDigit);
            }
            inName = false;
            escape = 0;
            if (length < 2 || length > LONGEST) {
                return;
            }
            var text = new String(name, 0, length, StandardCharsets.ISO_8859_1);
            if (text.equals(ENCRYPT) || ACTIVE.contains(text)) {
                found.add(text);
            }
            else if (shortNamesCount && SHORT.contains(text)) {
                awaiting = text;
            }
        }

        private static boolean valueStart(String key, int b) {
            boolean reference = b >= '0' && b <= '9';
            return key.equals("JS") ? reference || b == '(' || b == '<' : reference || b == '[';
        }

        static boolean whitespace(int b) {
            return b == 0 || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
        }

        static boolean regular(int b) {
            return !whitespace(b) && "()<>[]{}/%".indexOf(b) < 0;
        }
    }
}

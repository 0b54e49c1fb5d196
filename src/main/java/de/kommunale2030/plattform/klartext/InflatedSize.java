package de.kommunale2030.plattform.klartext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * How many bytes the Flate streams of a PDF inflate to, counted on the raw bytes before PDFBox
 * parses them. PDFBox decodes a stream wholly into memory (object and cross-reference streams
 * already while loading), so a few MiB of deflated zeros would fill the heap; counting first
 * with a budget is the only point where a Flate bomb can still be refused.
 *
 * <p>Every stream is found by its {@code stream} keyword and inflated the way PDFBox does it
 * (skip the two-byte zlib header, inflate raw, keep what came out before an error), so a file
 * cannot hide a stream from the count by a dictionary the count does not understand. Flate
 * applied twice or three times over is counted at each level.
 *
 * <p>The same pass refuses the filters whose output it cannot count ({@link FilterNames}): it
 * looks for their names in the raw bytes and in everything it inflates anyway, where the
 * dictionaries of object streams lie.
 */
final class InflatedSize {

    /** What the pass found; a refused filter is reported even if the budget is also exceeded. */
    enum Finding {
        WITHIN_BUDGET,
        OVER_BUDGET,
        UNCOUNTABLE_FILTER
    }

    private static final byte[] KEYWORD = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "end".getBytes(StandardCharsets.US_ASCII);
    private static final int ZLIB_HEADER = 2;
    private static final int MAX_NESTING = 3;

    private InflatedSize() {
    }

    /** Whether {@code pdf} names a filter the count cannot follow, else whether its streams together inflate to at most {@code budget} bytes. */
    static Finding of(byte[] pdf, long budget) {
        var rawNames = new FilterNames();
        rawNames.scan(pdf, 0, pdf.length);
        rawNames.endOfData();
        if (rawNames.found()) {
            return Finding.UNCOUNTABLE_FILTER;
        }
        var remaining = budget;
        for (var at = indexOf(pdf, KEYWORD, 0); at >= 0; at = indexOf(pdf, KEYWORD, at + KEYWORD.length)) {
            if (endsWith(pdf, at, END)) {
                continue;
            }
            var data = dataStart(pdf, at + KEYWORD.length);
            for (var nesting = 1; nesting <= MAX_NESTING; nesting++) {
                var inflatedNames = new FilterNames();
                var inflated = inflatedLength(pdf, data, nesting, remaining + 1, inflatedNames);
                if (inflatedNames.found()) {
                    return Finding.UNCOUNTABLE_FILTER;
                }
                remaining -= inflated;
                if (remaining < 0) {
                    return Finding.OVER_BUDGET;
                }
                if (inflated == 0) {
                    break;
                }
            }
        }
        return Finding.WITHIN_BUDGET;
    }

    /** As PDFBox's BaseParser.skipWhiteSpaces: spaces, then at most one line break. */
    private static int dataStart(byte[] pdf, int afterKeyword) {
        var at = afterKeyword;
        while (at < pdf.length && pdf[at] == ' ') {
            at++;
        }
        if (at < pdf.length && pdf[at] == '\r') {
            at++;
        }
        if (at < pdf.length && pdf[at] == '\n') {
            at++;
        }
        return at;
    }

    /**
     * The bytes {@code nesting} rounds of inflation yield from {@code from}, counted up to
     * {@code limit} and shown to {@code names} on the way.
     */
    private static long inflatedLength(byte[] pdf, int from, int nesting, long limit, FilterNames names) {
        var inflaters = new Inflater[nesting];
        long count = 0;
        try {
            InputStream in = new ByteArrayInputStream(pdf, from, pdf.length - from);
            for (var i = 0; i < nesting; i++) {
                in.skipNBytes(ZLIB_HEADER);
                inflaters[i] = new Inflater(true);
                in = new InflaterInputStream(in, inflaters[i]);
            }
            var buffer = new byte[8192];
            for (var read = in.read(buffer); read > 0 && count < limit; read = in.read(buffer)) {
                count += read;
                names.scan(buffer, 0, read);
            }
        } catch (IOException notDeflatedOrCutShort) {
            // PDFBox keeps what inflated before the error, and so does the count
        } finally {
            names.endOfData();
            for (var inflater : inflaters) {
                if (inflater != null) {
                    inflater.end();
                }
            }
        }
        return count;
    }

    private static boolean endsWith(byte[] bytes, int before, byte[] suffix) {
        if (before < suffix.length) {
            return false;
        }
        for (var i = 0; i < suffix.length; i++) {
            if (bytes[before - suffix.length + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from) {
        outer:
        for (var i = from; i <= bytes.length - pattern.length; i++) {
            for (var j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Finds, as PDF name tokens, the filters whose output cannot be counted before PDFBox decodes
     * it whole into memory: LZW and RunLength expand thousands of times, and ASCIIHex and ASCII85
     * wrap a stream so that its Flate data is not where {@link InflatedSize} inflates it. Notices
     * are written with Flate, so any mention is refused; a name in an unrelated place (a string, a
     * font program) costs a false refusal, never a missed one.
     *
     * <p>A name is read as PDFBox's parser reads it: from a slash to whitespace or a delimiter,
     * {@code #xx} decoded where two hex digits follow, so {@code /LZW#44ecode} is LZWDecode. The
     * scan carries its state from one buffer to the next, so inflated data can be fed in pieces.
     */
    static final class FilterNames {

        private static final List<byte[]> UNCOUNTABLE = List.of("LZWDecode", "LZW", "RunLengthDecode", "RL",
                "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85").stream()
                .map(name -> name.getBytes(StandardCharsets.US_ASCII)).toList();
        private static final int LONGEST = UNCOUNTABLE.stream().mapToInt(name -> name.length).max().orElseThrow();
        private static final int OUTSIDE = -1;
        private static final int NO_ESCAPE = -1;
        private static final int AFTER_HASH = -2;

        /** The decoded bytes of the name being read; one beyond the longest filter marks a longer name. */
        private final byte[] name = new byte[LONGEST + 1];
        private int length = OUTSIDE;
        /** {@link #NO_ESCAPE}, {@link #AFTER_HASH} or the first hex digit after the hash. */
        private int escape = NO_ESCAPE;
        private boolean found;

        void scan(byte[] bytes, int from, int to) {
            for (var i = from; i < to && !found; i++) {
                accept(bytes[i] & 0xFF);
            }
        }

        /** The data ended: a name running up to its last byte counts too. */
        void endOfData() {
            // PDFBox drops a hash cut short by the end of the data, and so does the scan
            escape = NO_ESCAPE;
            endName();
        }

        boolean found() {
            return found;
        }

        private void accept(int c) {
            if (escape == AFTER_HASH) {
                escape = NO_ESCAPE;
                if (isHexDigit(c)) {
                    escape = c;
                    return;
                }
                append('#');
            } else if (escape != NO_ESCAPE) {
                var first = escape;
                escape = NO_ESCAPE;
                if (isHexDigit(c)) {
                    append(Character.digit(first, 16) * 16 + Character.digit(c, 16));
                    return;
                }
                append('#');
                append(first);
            }
            if (c == '/') {
                endName();
                length = 0;
            } else if (length != OUTSIDE) {
                if (endsName(c)) {
                    endName();
                } else if (c == '#') {
                    escape = AFTER_HASH;
                } else {
                    append(c);
                }
            }
        }

        private void append(int b) {
            if (length != OUTSIDE && length < name.length) {
                name[length++] = (byte) b;
            }
        }

        private void endName() {
            if (length != OUTSIDE && length <= LONGEST) {
                for (var filter : UNCOUNTABLE) {
                    if (filter.length == length && Arrays.equals(filter, 0, length, name, 0, length)) {
                        found = true;
                    }
                }
            }
            length = OUTSIDE;
        }

        /** PDF whitespace and delimiters; braces too, although PDFBox reads them into a name, so the scan errs on the refusing side. */
        private static boolean endsName(int c) {
            return switch (c) {
                case 0, '\t', '\n', '\f', '\r', ' ', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> true;
                default -> false;
            };
        }

        private static boolean isHexDigit(int c) {
            return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
        }
    }
}

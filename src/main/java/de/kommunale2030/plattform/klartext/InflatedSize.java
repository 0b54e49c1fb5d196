package de.kommunale2030.plattform.klartext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 */
final class InflatedSize {

    private static final byte[] KEYWORD = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "end".getBytes(StandardCharsets.US_ASCII);
    private static final int ZLIB_HEADER = 2;
    private static final int MAX_NESTING = 3;

    private InflatedSize() {
    }

    /** Whether all streams of {@code pdf} together inflate to at most {@code budget} bytes. */
    static boolean atMost(byte[] pdf, long budget) {
        var remaining = budget;
        for (var at = indexOf(pdf, KEYWORD, 0); at >= 0; at = indexOf(pdf, KEYWORD, at + KEYWORD.length)) {
            if (endsWith(pdf, at, END)) {
                continue;
            }
            var data = dataStart(pdf, at + KEYWORD.length);
            for (var nesting = 1; nesting <= MAX_NESTING; nesting++) {
                var inflated = inflatedLength(pdf, data, nesting, remaining + 1);
                remaining -= inflated;
                if (remaining < 0) {
                    return false;
                }
                if (inflated == 0) {
                    break;
                }
            }
        }
        return true;
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

    /** The bytes {@code nesting} rounds of inflation yield from {@code from}, counted up to {@code limit}. */
    private static long inflatedLength(byte[] pdf, int from, int nesting, long limit) {
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
            }
        } catch (IOException notDeflatedOrCutShort) {
            // PDFBox keeps what inflated before the error, and so does the count
        } finally {
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
}

package de.kommunale2030.plattform.klartext;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of an uploaded notice: a PDF with a text layer or a text in UTF-8, whatever the CLI,
 * the API or the web page received. The type is read from the bytes, never believed from the
 * file name; a name only has to agree. Whatever cannot be read ends in an {@link UnreadableNotice}
 * with a German sentence for the clerk, nothing else escapes.
 *
 * <p>The text comes back NFC-normalised with {@code \n} line breaks; PDF pages are joined in
 * reading order. Hyphenation is left as printed: joining "Grund-\nsteuer" would also join a
 * "Grundsteuer-\nund" that must stay apart.
 */
public final class NoticeDocuments {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_PAGES = 30;

    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\r\f\u2028\u2029]");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final long maxBytes;
    private final int maxPages;

    /** With the default limits: 10 MiB and, for a PDF, 30 pages. */
    public NoticeDocuments() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES);
    }

    public NoticeDocuments(long maxBytes, int maxPages) {
        if (maxBytes < 1 || maxPages < 1) {
            throw new IllegalArgumentException("A notice needs room for at least one byte and one page");
        }
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
    }

    /**
     * The text of {@code content}.
     *
     * @param fileName the name the upload declared, or {@code null}; its extension must be
     *                 {@code .pdf} for a PDF, {@code .txt} for a text or absent
     * @throws UnreadableNotice if there is no text to be had, with the reason
     */
    public String text(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw UnreadableNotice.empty();
        }
        if (content.length > maxBytes) {
            throw UnreadableNotice.moreBytesThan(maxBytes);
        }
        var pdf = PdfText.isPdf(content);
        var raw = pdf ? null : decodeUtf8(content);
        if (!DeclaredType.of(fileName).admits(pdf)) {
            throw UnreadableNotice.nameDisagreesWithContent();
        }
        var text = normalise(pdf ? PdfText.read(content, maxPages) : raw);
        if (text.isBlank()) {
            throw UnreadableNotice.empty();
        }
        return text;
    }

    /** Strict UTF-8 without control characters: a Windows-1252 letter or a binary file fails here. */
    private static String decodeUtf8(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw UnreadableNotice.notTextOrPdf();
        }
        if (text.chars().anyMatch(NoticeDocuments::isForbiddenControl)) {
            throw UnreadableNotice.notTextOrPdf();
        }
        return text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : text.substring(1);
    }

    private static boolean isForbiddenControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    private static String normalise(String text) {
        return Normalizer.normalize(LINE_BREAKS.matcher(text).replaceAll("\n"), Normalizer.Form.NFC);
    }

    /** What the file name's extension claims. */
    private enum DeclaredType {
        PDF, TEXT, EITHER, NEITHER;

        static DeclaredType of(String fileName) {
            if (fileName == null) {
                return EITHER;
            }
            var name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
            var dot = name.lastIndexOf('.');
            if (dot < 0) {
                return EITHER;
            }
            return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
                case "pdf" -> PDF;
                case "txt" -> TEXT;
                default -> NEITHER;
            };
        }

        boolean admits(boolean pdf) {
            return this == EITHER || this == (pdf ? PDF : TEXT);
        }
    }
}

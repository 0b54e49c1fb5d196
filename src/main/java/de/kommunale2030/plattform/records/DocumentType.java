package de.kommunale2030.plattform.records;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The allow-list of document types, recognised by their bytes alone. Only formats that cannot carry
 * scripts or programs for a browser or office suite: no ZIP-based office formats, no HTML, SVG or XML,
 * no executables. PDF is on the list but its active content is refused separately ({@link PdfScan}).
 *
 * <p>Every check here is a signature and structure heuristic, not a full parse; the limits are
 * written next to each check.
 */
enum DocumentType {

    /**
     * {@code %PDF-x.y} starting within the first 1024 bytes (ISO 32000 lets readers tolerate junk
     * before the header) and {@code %%EOF} starting within the last 1024 bytes. The junk before the
     * header must not contain {@code <}, so that an HTML or SVG document with a PDF behind it is not
     * taken for a PDF.
     */
    PDF("PDF-Dokument", List.of("application/pdf", "application/x-pdf"), List.of("pdf")) {
        @Override
        boolean matches(byte[] content) {
            int header = indexOf(content, PDF_HEADER, 0, Math.min(content.length, PDF_WINDOW + PDF_HEADER.length - 1));
            if (header < 0 || header + PDF_HEADER.length + 3 > content.length) {
                return false;
            }
            int version = header + PDF_HEADER.length;
            if (!digit(content[version]) || content[version + 1] != '.' || !digit(content[version + 2])) {
                return false;
            }
            for (int i = 0; i < header; i++) {
                if (content[i] == '<') {
                    return false;
                }
            }
            return indexOf(content, PDF_EOF, Math.max(version + 3, content.length - PDF_WINDOW), content.length) >= 0;
        }
    },

    /**
     * The 8-byte signature, an IHDR chunk of 13 bytes right after it with a correct CRC and a non-zero
     * size, and the IEND chunk as the last 12 bytes: data appended after IEND (a ZIP, a script) is
     * refused rather than carried along. The chunks in between are not checked.
     */
    PNG("PNG-Bild", List.of("image/png", "image/x-png"), List.of("png")) {
        @Override
        boolean matches(byte[] content) {
            if (content.length < PNG_MAGIC.length + 25 + PNG_END.length || !startsWith(content, PNG_MAGIC)
                    || !endsWith(content, PNG_END) || int32(content, 8, false) != 13
                    || !startsWith(content, 12, "IHDR".getBytes(StandardCharsets.US_ASCII))) {
                return false;
            }
            var crc = new CRC32();
            crc.update(content, 12, 4 + 13);
            return crc.getValue() == int32(content, 29, false) && int32(content, 16, false) > 0
                    && int32(content, 20, false) > 0;
        }
    },

    /**
     * SOI and a marker ({@code FF D8 FF}) at the start and EOI ({@code FF D9}) as the very last two
     * bytes. Anything after EOI is refused, zero padding included: some cameras and phones append
     * padding or whole videos (motion photos) there, and a JPEG with another file appended is the
     * classic polyglot. Such pictures have to be exported again. Segments in between (EXIF, comments)
     * are not inspected.
     */
    JPEG("JPEG-Bild", List.of("image/jpeg", "image/jpg", "image/pjpeg"), List.of("jpg", "jpeg")) {
        @Override
        boolean matches(byte[] content) {
            return content.length >= 6 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
                    && (content[2] & 0xff) == 0xff && (content[content.length - 2] & 0xff) == 0xff
                    && (content[content.length - 1] & 0xff) == 0xd9;
        }
    },

    /**
     * {@code II*\0} (little-endian) or {@code MM\0*} (big-endian), and the first image file directory
     * the header points to lies inside the file with at least one entry. BigTIFF is not accepted;
     * strips, tiles and further directories are not checked.
     */
    TIFF("TIFF-Bild", List.of("image/tiff", "image/x-tiff"), List.of("tif", "tiff")) {
        @Override
        boolean matches(byte[] content) {
            if (content.length < 8) {
                return false;
            }
            boolean little = content[0] == 'I' && content[1] == 'I' && content[2] == 42 && content[3] == 0;
            boolean big = content[0] == 'M' && content[1] == 'M' && content[2] == 0 && content[3] == 42;
            if (!little && !big) {
                return false;
            }
            long directory = int32(content, 4, little);
            if (directory < 8 || directory + 2 > content.length) {
                return false;
            }
            int entries = int16(content, (int) directory, little);
            return entries > 0 && directory + 2 + 12L * entries + 4 <= content.length;
        }
    },

    /**
     * UTF-8 under strict decoding (an optional byte order mark is allowed), at least one character,
     * no NUL and at most one control character other than tab, line feed, carriage return and form
     * feed per hundred characters. Text that is really another format is refused: markup (starting
     * with {@code <}, or containing an HTML, SVG or XML tag that browsers act on), PostScript
     * ({@code %!}), RTF, scripts ({@code #!}) and anything containing a PDF header, which lenient
     * PDF readers would open as a PDF. Legacy encodings (Windows-1252, UTF-16) are refused.
     */
    TEXT("Textdatei", List.of("text/plain"), List.of("txt")) {
        @Override
        boolean matches(byte[] content) {
            int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
            if (start == content.length) {
                return false;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
            }
            catch (CharacterCodingException e) {
                return false;
            }
            long characters = 0;
            long controls = 0;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                characters++;
                if (c == 0) {
                    return false;
                }
                if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    controls++;
                }
            }
            return controls * 100 <= characters && !otherFormat(text);
        }
    };

    private static final int PDF_WINDOW = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final byte[] PNG_END = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82 };
    private static final byte[] UTF8_BOM = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };

    /** Tags that make browsers (and old content sniffers) treat text as a document with scripts. */
    private static final List<String> MARKUP = List.of("<html", "<head", "<body", "<script", "<iframe", "<frame",
            "<object", "<embed", "<svg", "<math", "<style", "<meta", "<link", "<?xml", "<!doctype", "<!entity", "<xml");

    private final String displayName;
    private final List<String> mediaTypes;
    private final List<String> extensions;

    DocumentType(String displayName, List<String> mediaTypes, List<String> extensions) {
        this.displayName = displayName;
        this.mediaTypes = mediaTypes;
        this.extensions = extensions;
    }

    /** Whether the bytes have this type's signature and structure; says nothing about other types. */
    abstract boolean matches(byte[] content);

    /** The media type under which the document is stored and served. */
    String mediaType() {
        return mediaTypes.getFirst();
    }

    String displayName() {
        return displayName;
    }

    /** The extension a stored file name gets when the client's name has none of this type's. */
    String extension() {
        return extensions.getFirst();
    }

    /** Whether a lower-case media type essence (no parameters) is one of this type's names. */
    boolean isNamedBy(String mediaTypeEssence) {
        return mediaTypes.contains(mediaTypeEssence);
    }

    /** Whether a file-name extension, in any case, is one of this type's. */
    boolean hasExtension(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** Whether a file-name extension, in any case, belongs to any allowed type. */
    static boolean anyHasExtension(String extension) {
        for (var type : values()) {
            if (type.hasExtension(extension)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The type of the bytes, or empty if they are of no allowed type. A file that matches two binary
     * types at once (a polyglot, say a JPEG that is also a PDF) is of none; text is only considered
     * when no binary type matches, since a PDF may be plain ASCII.
     */
    static Optional<DocumentType> sniff(byte[] content) {
        var binary = new ArrayList<DocumentType>(1);
        for (var type : List.of(PDF, PNG, JPEG, TIFF)) {
            if (type.matches(content)) {
                binary.add(type);
            }
        }
        if (binary.size() > 1) {
            return Optional.empty();
        }
        if (binary.size() == 1) {
            return Optional.of(binary.getFirst());
        }
        return TEXT.matches(content) ? Optional.of(TEXT) : Optional.empty();
    }

    private static boolean otherFormat(String text) {
        var stripped = text.stripLeading();
        if (stripped.startsWith("<") || stripped.startsWith("%!") || stripped.startsWith("#!")
                || stripped.startsWith("{\\rtf") || text.contains("%PDF-")) {
            return true;
        }
        var lower = text.toLowerCase(Locale.ROOT);
        for (var tag : MARKUP) {
            if (lower.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    static int indexOf(byte[] content, byte[] pattern, int from, int to) {
        outer:
        for (int i = Math.max(from, 0); i <= to - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (content[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return startsWith(content, 0, prefix);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        return content.length - offset >= prefix.length && indexOf(content, prefix, offset, offset + prefix.length) == offset;
    }

    private static boolean endsWith(byte[] content, byte[] suffix) {
        return content.length >= suffix.length && startsWith(content, content.length - suffix.length, suffix);
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static long int32(byte[] content, int offset, boolean littleEndian) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int b = content[offset + (littleEndian ? 3 - i : i)] & 0xff;
            value = (value << 8) | b;
        }
        return value;
    }

    private static int int16(byte[] content, int offset, boolean littleEndian) {
        int first = content[offset] & 0xff;
        int second = content[offset + 1] & 0xff;
        return littleEndian ? (second << 8) | first : (first << 8) | second;
    }
}

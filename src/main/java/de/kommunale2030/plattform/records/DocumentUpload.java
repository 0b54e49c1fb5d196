package de.kommunale2030.plattform.records;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * An uploaded document whose bytes may be stored: of an allowed type by its content, not mislabelled,
 * within the size limit, and for PDF without encryption or active content. The type comes from the
 * bytes only; the declared media type and the file name can only make an upload fail, never decide
 * its type. Rejections are {@link InvalidRecord}s whose German messages name neither the file nor
 * anything in it.
 */
final class DocumentUpload {

    /** The default size limit, 10 MiB. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    static final int MAX_FILE_NAME_LENGTH = 120;

    static final String EMPTY = "Die Datei ist leer.";
    static final String NOT_ALLOWED = "Dieser Dateityp ist nicht zugelassen. Zugelassen sind PDF, PNG, JPEG, TIFF und Text.";
    static final String MISMATCH = "Inhalt und angegebener Dateityp passen nicht zusammen.";
    static final String ENCRYPTED = "Verschlüsselte PDF-Dateien können nicht verarbeitet werden.";
    static final String ACTIVE = "Die PDF-Datei enthält aktive Inhalte (JavaScript, eingebettete Dateien) und wird nicht angenommen.";
    static final String UNVERIFIABLE = "Die PDF-Datei ist zu stark komprimiert und kann nicht geprüft werden.";

    /** What a multipart part says when the client does not know the type: no claim at all. */
    private static final String NO_CLAIM = "application/octet-stream";

    /**
     * Extensions of types that are not allowed. A name ending in one of them claims that type, so
     * the upload is mislabelled whatever its bytes are; unknown extensions claim nothing (names like
     * "Bescheid 12.03.2026" have dots for other reasons) and the stored name gets the type's own.
     */
    private static final Set<String> OTHER_EXTENSIONS = Set.of(
            // markup and scripts
            "htm", "html", "xhtml", "shtml", "mht", "mhtml", "svg", "svgz", "xml", "xsl", "xslt", "js", "mjs", "cjs",
            "json", "css", "php", "phtml", "php3", "php4", "php5", "phar", "asp", "aspx", "jsp", "cgi", "pl", "py",
            "rb", "sh", "bash", "ps1", "psm1", "vbs", "vbe", "jse", "wsf", "wsh", "hta", "bat", "cmd", "md",
            // executables and installers
            "exe", "dll", "com", "scr", "cpl", "msi", "msp", "msc", "lnk", "pif", "jar", "class", "apk", "app",
            "dmg", "elf", "bin", "so", "reg", "url", "iso", "img", "vhd",
            // archives
            "zip", "7z", "rar", "gz", "tgz", "tar", "bz2", "xz", "cab", "arj",
            // office formats
            "doc", "docx", "docm", "dot", "dotx", "dotm", "xls", "xlsx", "xlsm", "xlsb", "xlt", "xltx", "xltm",
            "ppt", "pptx", "pptm", "pps", "ppsx", "ppsm", "odt", "ods", "odp", "odg", "rtf", "csv", "eml", "msg",
            "ics", "vcf",
            // other images and media
            "gif", "bmp", "webp", "heic", "heif", "avif", "ico", "jfif", "jp2", "psd", "eps", "ps", "ai", "emf",
            "wmf", "mp3", "mp4", "m4a", "mov", "avi", "wav", "webm", "mkv", "swf");

    /** Device names that Windows opens instead of a file, whatever the extension. */
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
            "LPT8", "LPT9");

    private final DocumentType type;
    private final String fileName;
    private final byte[] content;

    private DocumentUpload(DocumentType type, String fileName, byte[] content) {
        this.type = type;
        this.fileName = fileName;
        this.content = content;
    }

    /**
     * Checks an upload and copies its bytes.
     *
     * @param declaredMediaType the Content-Type of the multipart part; {@code null}, blank and
     *        {@code application/octet-stream} claim nothing, parameters are ignored
     * @param fileName the name the client sent, possibly a whole path; {@code null} if none
     * @param content the bytes as received
     * @param maxBytes the size limit, usually {@link #MAX_BYTES}
     * @throws InvalidRecord if the bytes may not be stored
     * @throws IllegalArgumentException if {@code maxBytes} is not positive
     */
    static DocumentUpload inspect(String declaredMediaType, String fileName, byte[] content, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The size limit must be positive.");
        }
        if (content == null || content.length == 0) {
            throw new InvalidRecord(EMPTY);
        }
        if (content.length > maxBytes) {
            throw new InvalidRecord("Die Datei ist größer als " + size(maxBytes) + ".");
        }
        var type = DocumentType.sniff(content).orElseThrow(() -> new InvalidRecord(NOT_ALLOWED));
        var name = cleanName(fileName);
        var extension = extension(name);
        if (!declaredMatches(declaredMediaType, type)
                || (!extension.isEmpty() && !type.hasExtension(extension)
                        && (DocumentType.anyHasExtension(extension) || OTHER_EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT))))) {
            throw new InvalidRecord(MISMATCH);
        }
        if (type == DocumentType.PDF) {
            switch (PdfScan.scan(content)) {
                case ENCRYPTED -> throw new InvalidRecord(ENCRYPTED);
                case ACTIVE -> throw new InvalidRecord(ACTIVE);
                case UNVERIFIABLE -> throw new InvalidRecord(UNVERIFIABLE);
                case CLEAN -> { }
            }
        }
        return new DocumentUpload(type, storedName(name, extension, type), content.clone());
    }

    DocumentType type() {
        return type;
    }

    String mediaType() {
        return type.mediaType();
    }

    /** The file name for storage and display: one segment, safe characters, the type's extension. */
    String fileName() {
        return fileName;
    }

    long size() {
        return content.length;
    }

    /** A copy of the bytes. */
    byte[] content() {
        return content.clone();
    }

    @Override
    public String toString() {
        // Neither name nor content: both come from the client.
        return "DocumentUpload[" + type + ", " + content.length + " bytes]";
    }

    /**
     * The declared media type claims nothing or one of the type's names. Any other well-formed or
     * malformed value names a different type, known or not, and that is a mismatch: media types are
     * a closed vocabulary, unlike file names.
     */
    private static boolean declaredMatches(String declared, DocumentType type) {
        if (declared == null) {
            return true;
        }
        int parameters = declared.indexOf(';');
        var essence = (parameters < 0 ? declared : declared.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        return essence.isEmpty() || essence.equals(NO_CLAIM) || type.isNamedBy(essence);
    }

    /**
     * The last path segment of the client's name (either separator, as browsers on Windows may send
     * whole paths), NFC-normalised, control characters dropped, every character other than letters,
     * digits, space and {@code . - _ ( )} replaced by {@code _}, and without leading dots and spaces
     * (no hidden files, no {@code .} or {@code ..}) and trailing dots and spaces (which Windows drops,
     * turning {@code x.exe.} into {@code x.exe}).
     */
    private static String cleanName(String clientName) {
        if (clientName == null) {
            return "";
        }
        var normalised = Normalizer.normalize(clientName, Normalizer.Form.NFC);
        var segment = normalised.substring(Math.max(normalised.lastIndexOf('/'), normalised.lastIndexOf('\\')) + 1);
        var clean = new StringBuilder(segment.length());
        segment.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                return;
            }
            boolean allowed = Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '-' || c == '_' || c == '('
                    || c == ')';
            clean.appendCodePoint(allowed ? c : '_');
        });
        return strip(clean.toString());
    }

    /** The part after the last dot, empty if none; a name is never only an extension after cleaning. */
    private static String extension(String cleanName) {
        int dot = cleanName.lastIndexOf('.');
        return dot > 0 ? cleanName.substring(dot + 1) : "";
    }

    /**
     * The cleaned name with the type's extension: the client's own if it is one of the type's
     * (case kept), otherwise the type's appended, so that a saved copy always opens in a viewer for
     * what it really is. At most {@link #MAX_FILE_NAME_LENGTH} code points, shortened before the
     * extension; {@code dokument} when no letter or digit is left; Windows device names prefixed.
     */
    private static String storedName(String cleanName, String extension, DocumentType type) {
        String base;
        if (!extension.isEmpty() && type.hasExtension(extension)) {
            base = cleanName.substring(0, cleanName.length() - extension.length() - 1);
        }
        else {
            base = cleanName;
            extension = type.extension();
        }
        int room = MAX_FILE_NAME_LENGTH - 1 - extension.codePointCount(0, extension.length());
        if (base.codePointCount(0, base.length()) > room) {
            base = strip(base.substring(0, base.offsetByCodePoints(0, room)));
        }
        if (base.codePoints().noneMatch(Character::isLetterOrDigit)) {
            base = "dokument";
        }
        int firstDot = base.indexOf('.');
        var device = (firstDot < 0 ? base : base.substring(0, firstDot)).strip().toUpperCase(Locale.ROOT);
        if (WINDOWS_DEVICES.contains(device)) {
            base = "_" + base;
        }
        return base + "." + extension;
    }

    private static String strip(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    /** The limit as people say it: in MiB or KiB when it is a whole number of them. */
    private static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " Byte";
    }
}

package de.kommunale2030.plattform.klartext;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * An uploaded notice whose text cannot be read, with the reason and what to tell the clerk.
 * Neither the message nor the German text quotes the content or the file name, and no cause is
 * kept: PDFBox's exception messages quote tokens of the file, and a notice is personal data.
 */
public final class UnreadableNotice extends RuntimeException {

    /** Why the text could not be read; a caller may map each to its own status or hint. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        NOT_TEXT_OR_PDF,
        PDF_ENCRYPTED,
        PDF_WITHOUT_TEXT,
        PDF_DAMAGED
    }

    private static final long MEBIBYTE = 1024L * 1024;
    private static final long KIBIBYTE = 1024L;

    private final Reason reason;
    private final String germanMessage;

    private UnreadableNotice(Reason reason, String germanMessage) {
        // no stack trace: the refusal is an answer to the user, not a fault in the platform
        super("Notice unreadable: " + reason, null, false, false);
        this.reason = reason;
        this.germanMessage = germanMessage;
    }

    public Reason reason() {
        return reason;
    }

    /** The sentence to show the clerk. */
    public String germanMessage() {
        return germanMessage;
    }

    static UnreadableNotice empty() {
        return new UnreadableNotice(Reason.EMPTY, "Die Datei ist leer oder enthält keinen Text.");
    }

    static UnreadableNotice moreBytesThan(long maxBytes) {
        return new UnreadableNotice(Reason.TOO_LARGE, "Die Datei ist größer als " + size(maxBytes) + ".");
    }

    static UnreadableNotice morePagesThan(int maxPages) {
        return new UnreadableNotice(Reason.TOO_LARGE, "Die PDF-Datei hat mehr als "
                + NumberFormat.getIntegerInstance(Locale.GERMANY).format(maxPages) + " Seiten.");
    }

    static UnreadableNotice tooMuchContent() {
        return new UnreadableNotice(Reason.TOO_LARGE,
                "Die PDF-Datei enthält zu viele oder zu große Inhalte, um sie zu lesen.");
    }

    static UnreadableNotice notTextOrPdf() {
        return new UnreadableNotice(Reason.NOT_TEXT_OR_PDF, "Die Datei ist weder eine PDF-Datei noch ein Text in UTF-8.");
    }

    static UnreadableNotice nameDisagreesWithContent() {
        return new UnreadableNotice(Reason.NOT_TEXT_OR_PDF, "Die Dateiendung passt nicht zum Inhalt der Datei. "
                + "Bitte laden Sie eine PDF-Datei (.pdf) oder einen Text in UTF-8 (.txt) hoch.");
    }

    static UnreadableNotice encrypted() {
        return new UnreadableNotice(Reason.PDF_ENCRYPTED,
                "Die PDF-Datei ist verschlüsselt. Bitte laden Sie sie ohne Kennwortschutz hoch.");
    }

    static UnreadableNotice withoutText() {
        return new UnreadableNotice(Reason.PDF_WITHOUT_TEXT,
                "Die PDF-Datei enthält keinen lesbaren Text (vermutlich ein Scan). "
                        + "Bitte fügen Sie den Text ein oder laden Sie eine PDF mit Textebene hoch.");
    }

    static UnreadableNotice unsupportedCompression() {
        return new UnreadableNotice(Reason.PDF_DAMAGED, "Die PDF-Datei nutzt eine Komprimierung oder Kodierung "
                + "(LZW, RunLength, ASCIIHex oder ASCII85), die aus Sicherheitsgründen nicht gelesen wird. "
                + "Bitte speichern Sie die Datei erneut als PDF oder fügen Sie den Text ein.");
    }

    static UnreadableNotice damaged() {
        return new UnreadableNotice(Reason.PDF_DAMAGED, "Die PDF-Datei ist beschädigt und kann nicht gelesen werden.");
    }

    /** A configured limit as a clerk reads it: "10 MiB", "512 KiB", "1.000 Bytes". */
    private static String size(long bytes) {
        var number = NumberFormat.getIntegerInstance(Locale.GERMANY);
        if (bytes % MEBIBYTE == 0) {
            return number.format(bytes / MEBIBYTE) + " MiB";
        }
        if (bytes % KIBIBYTE == 0) {
            return number.format(bytes / KIBIBYTE) + " KiB";
        }
        return number.format(bytes) + (bytes == 1 ? " Byte" : " Bytes");
    }
}

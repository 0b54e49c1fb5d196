package de.kommunale2030.plattform.records;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentUploadTests {

    // The wording is part of the contract, so it is spelled out here rather than taken from the class.
    private static final String EMPTY = "Die Datei ist leer.";
    private static final String NOT_ALLOWED = "Dieser Dateityp ist nicht zugelassen. Zugelassen sind PDF, PNG, JPEG, TIFF und Text.";
    private static final String MISMATCH = "Inhalt und angegebener Dateityp passen nicht zusammen.";
    private static final String ENCRYPTED = "Verschlüsselte PDF-Dateien können nicht verarbeitet werden.";
    private static final String ACTIVE = "Die PDF-Datei enthält aktive Inhalte (JavaScript, eingebettete Dateien) und wird nicht angenommen.";
    private static final String UNVERIFIABLE = "Die PDF-Datei ist zu stark komprimiert und kann nicht geprüft werden.";

    private static final long LIMIT = DocumentUpload.MAX_BYTES;

    private static final byte[] PDF = pdf().build();
    private static final byte[] PNG = image("png");
    private static final byte[] JPEG = image("jpeg");
    private static final byte[] TIFF = image("tiff");
    private static final byte[] TEXT = utf8("""
            Sehr geehrte Frau Müller,

            Ihr Bescheid über die Grundsteuer 2026 für das Grundstück Straße 12 ist beigefügt.
            Zahlbar bis 15.03.2026; Rückfragen an die Kämmerei.

            Mit freundlichen Grüßen
            """);
    /** A PDF whose objects sit in a Flate-compressed object stream, as modern producers write them. */
    private static final byte[] PDF_WITH_OBJECT_STREAM = pdf().catalog("/Metadata 5 0 R")
        .stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", deflate("5 0 << /Producer (Kommunale 2030) >>"))
        .build();

    // --- accepted ---

    @Test
    void acceptsAMinimalPdf() {
        var upload = DocumentUpload.inspect("application/pdf", "Bescheid.pdf", PDF, LIMIT);
        assertThat(upload.type()).isEqualTo(DocumentType.PDF);
        assertThat(upload.mediaType()).isEqualTo("application/pdf");
        assertThat(upload.fileName()).isEqualTo("Bescheid.pdf");
        assertThat(upload.size()).isEqualTo(PDF.length);
        assertThat(upload.content()).isEqualTo(PDF);
    }

    @Test
    void acceptsAPngFromImageIo() {
        var upload = DocumentUpload.inspect("image/png", "Lageplan.png", PNG, LIMIT);
        assertThat(upload.type()).isEqualTo(DocumentType.PNG);
        assertThat(upload.mediaType()).isEqualTo("image/png");
        assertThat(upload.fileName()).isEqualTo("Lageplan.png");
    }

    @Test
    void acceptsAJpegFromImageIo() {
        var upload = DocumentUpload.inspect("image/jpeg", "Foto.JPG", JPEG, LIMIT);
        assertThat(upload.type()).isEqualTo(DocumentType.JPEG);
        assertThat(upload.mediaType()).isEqualTo("image/jpeg");
        assertThat(upload.fileName()).isEqualTo("Foto.JPG");
        assertThat(DocumentUpload.inspect(null, "Foto.jpeg", JPEG, LIMIT).fileName()).isEqualTo("Foto.jpeg");
    }

    @Test
    void acceptsATiffFromImageIo() {
        var upload = DocumentUpload.inspect("image/tiff", "Scan.tif", TIFF, LIMIT);
        assertThat(upload.type()).isEqualTo(DocumentType.TIFF);
        assertThat(upload.mediaType()).isEqualTo("image/tiff");
        assertThat(DocumentUpload.inspect(null, "Scan.TIFF", TIFF, LIMIT).fileName()).isEqualTo("Scan.TIFF");
    }

    @Test
    void acceptsGermanUtf8TextWithAndWithoutByteOrderMark() {
        var upload = DocumentUpload.inspect("text/plain; charset=utf-8", "Notiz.txt", TEXT, LIMIT);
        assertThat(upload.type()).isEqualTo(DocumentType.TEXT);
        assertThat(upload.mediaType()).isEqualTo("text/plain");
        var withBom = concat(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, TEXT);
        assertThat(DocumentUpload.inspect("Text/Plain;charset=UTF-8", "Notiz.TXT", withBom, LIMIT).type())
            .isEqualTo(DocumentType.TEXT);
    }

    @Test
    void textMayHaveTabsFormFeedsAndAFewOtherControlCharacters() {
        var text = "Spalte\tSpalte\r\n\f" + "x".repeat(200) + "\u001a";
        assertThat(DocumentUpload.inspect(null, null, utf8(text), LIMIT).type()).isEqualTo(DocumentType.TEXT);
    }

    @Test
    void noDeclaredTypeAndNoFileNameClaimNothing() {
        for (var declared : new String[] { null, "", "  ", "application/octet-stream",
                "Application/Octet-Stream; name=x" }) {
            assertThat(DocumentUpload.inspect(declared, null, PDF, LIMIT).type()).isEqualTo(DocumentType.PDF);
            assertThat(DocumentUpload.inspect(declared, "Bescheid", PNG, LIMIT).fileName()).isEqualTo("Bescheid.png");
        }
    }

    @Test
    void aliasesOfTheSniffedTypeAreNoMismatch() {
        assertThat(DocumentUpload.inspect("image/jpg", "a.jpg", JPEG, LIMIT).type()).isEqualTo(DocumentType.JPEG);
        assertThat(DocumentUpload.inspect("application/x-pdf", "a.pdf", PDF, LIMIT).type()).isEqualTo(DocumentType.PDF);
    }

    // --- size ---

    @Test
    void refusesEmptyContent() {
        assertRefused(null, "a.pdf", new byte[0], EMPTY);
        assertRefused(null, "a.pdf", null, EMPTY);
    }

    @Test
    void acceptsExactlyTheLimitAndRefusesOneByteMore() {
        assertThat(DocumentUpload.inspect(null, "a.pdf", PDF, PDF.length).size()).isEqualTo(PDF.length);
        assertThatThrownBy(() -> DocumentUpload.inspect(null, "a.pdf", PDF, PDF.length - 1))
            .isInstanceOf(InvalidRecord.class)
            .hasMessage("Die Datei ist größer als " + (PDF.length - 1) + " Byte.");
    }

    @Test
    void theLimitIsNamedInKibOrMib() {
        assertThat(LIMIT).isEqualTo(10 * 1024 * 1024);
        assertThatThrownBy(() -> DocumentUpload.inspect(null, null, new byte[1025], 1024))
            .isInstanceOf(InvalidRecord.class).hasMessage("Die Datei ist größer als 1 KiB.");
        assertThatThrownBy(() -> DocumentUpload.inspect(null, null, new byte[1024 * 1024 + 1], 1024 * 1024))
            .isInstanceOf(InvalidRecord.class).hasMessage("Die Datei ist größer als 1 MiB.");
    }

    @Test
    void aLimitBelowOneIsAProgrammingError() {
        assertThatThrownBy(() -> DocumentUpload.inspect(null, null, PDF, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- types that are not allowed ---

    @Test
    void refusesHtml() {
        assertRefused("text/plain", "a.txt", utf8("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
                NOT_ALLOWED);
        assertRefused(null, null, utf8("  \n<p>Hallo</p>"), NOT_ALLOWED);
        assertRefused(null, null, utf8("Hallo\n<ScRiPt src=//x.example/x.js></script>"), NOT_ALLOWED);
    }

    @Test
    void refusesSvgAndXml() {
        assertRefused(null, "a.txt", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), NOT_ALLOWED);
        assertRefused(null, null, utf8("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), NOT_ALLOWED);
        assertRefused(null, null, utf8("Text vorab\n<svg><script>alert(1)</script></svg>"), NOT_ALLOWED);
    }

    @Test
    void refusesOtherTextFormats() {
        assertRefused(null, null, utf8("%!PS-Adobe-3.0\n/Helvetica findfont\n"), NOT_ALLOWED);
        assertRefused(null, null, utf8("{\\rtf1\\ansi Bescheid}"), NOT_ALLOWED);
        assertRefused(null, null, utf8("#!/bin/sh\nrm -rf /\n"), NOT_ALLOWED);
        // A PDF cut short: a PDF header, but no end; lenient readers would still open it.
        assertRefused(null, null, Arrays.copyOf(PDF, PDF.length - 10), NOT_ALLOWED);
    }

    @Test
    void refusesZipAndDocx() throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(utf8("<w:document/>"));
            out.closeEntry();
        }
        assertThat(zip.toByteArray()).startsWith('P', 'K', 3, 4);
        assertRefused(null, null, zip.toByteArray(), NOT_ALLOWED);
        assertRefused("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Bescheid.docx",
                zip.toByteArray(), NOT_ALLOWED);
    }

    @Test
    void refusesExecutables() {
        var elf = new byte[64];
        System.arraycopy(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1 }, 0, elf, 0, 7);
        assertRefused(null, null, elf, NOT_ALLOWED);
        var pe = new byte[128];
        pe[0] = 'M';
        pe[1] = 'Z';
        pe[60] = 64;
        System.arraycopy(new byte[] { 'P', 'E', 0, 0 }, 0, pe, 64, 4);
        assertRefused(null, "Bescheid.pdf", pe, NOT_ALLOWED);
    }

    @Test
    void refusesTextWithNulBytesOrTooManyControlCharacters() {
        assertRefused(null, "a.txt", utf8("Bescheid\u0000 2026"), NOT_ALLOWED);
        assertRefused(null, "a.txt", utf8("x".repeat(97) + "\u001b[2J\u001b"), NOT_ALLOWED);
        assertRefused(null, "a.txt", utf8("Hallo\u0085"), NOT_ALLOWED);
    }

    @Test
    void refusesInvalidUtf8() {
        assertRefused(null, "a.txt", new byte[] { 'M', (byte) 0xfc, 'l', 'l', 'e', 'r' }, NOT_ALLOWED); // Windows-1252
        assertRefused(null, "a.txt", new byte[] { 'a', (byte) 0xc3, '(' }, NOT_ALLOWED);
        assertRefused(null, "a.txt", new byte[] { 'a', (byte) 0xc0, (byte) 0xaf }, NOT_ALLOWED); // overlong "/"
        assertRefused(null, "a.txt", new byte[] { 'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80 }, NOT_ALLOWED); // surrogate
        assertRefused(null, "a.txt", new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, NOT_ALLOWED); // only a BOM
        assertRefused(null, "a.txt", new byte[] { (byte) 0xff, (byte) 0xfe, 'a', 0 }, NOT_ALLOWED); // UTF-16
    }

    @Test
    void refusesImagesWithDataAfterTheirEnd() {
        assertRefused(null, null, concat(JPEG, new byte[16]), NOT_ALLOWED);
        assertRefused(null, null, concat(PNG, utf8("<script>alert(1)</script>")), NOT_ALLOWED);
    }

    @Test
    void refusesBrokenImageStructures() {
        var png = PNG.clone();
        png[20] ^= 1; // height changed, IHDR checksum no longer fits
        assertRefused(null, null, png, NOT_ALLOWED);
        var tiff = TIFF.clone();
        Arrays.fill(tiff, 4, 8, (byte) 0x7f); // first directory far beyond the end of the file
        assertRefused(null, null, tiff, NOT_ALLOWED);
        assertRefused(null, null, new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0 }, NOT_ALLOWED);
    }

    @Test
    void refusesPolyglotsOfTwoBinaryTypes() {
        // A JPEG with a PDF in its comment segment: both signatures hold, so neither counts.
        var comment = utf8("%PDF-1.4\n");
        var segment = concat(new byte[] { (byte) 0xff, (byte) 0xfe, 0, (byte) (comment.length + 2) }, comment);
        var jpeg = concat(Arrays.copyOf(JPEG, 2), segment, Arrays.copyOfRange(JPEG, 2, JPEG.length - 2), utf8("%%EOF"),
                new byte[] { (byte) 0xff, (byte) 0xd9 });
        assertRefused(null, null, jpeg, NOT_ALLOWED);
    }

    @Test
    void aPdfMayHaveJunkBeforeItsHeaderButNoMarkup() {
        var junk = new byte[200];
        new Random(7).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            junk[i] = junk[i] == '<' ? 0 : junk[i];
        }
        assertThat(DocumentUpload.inspect(null, "a.pdf", concat(junk, PDF), LIMIT).type()).isEqualTo(DocumentType.PDF);
        assertRefused(null, "a.pdf", concat(utf8("<html><script>alert(1)</script></html>\n"), PDF), NOT_ALLOWED);
        assertRefused(null, "a.pdf", concat(new byte[1024], PDF), NOT_ALLOWED);
    }

    // --- mislabelled ---

    @Test
    void refusesAPngRenamedToPdf() {
        assertRefused(null, "Bescheid.pdf", PNG, MISMATCH);
    }

    @Test
    void refusesAPdfDeclaredAsPng() {
        assertRefused("image/png", "Bescheid", PDF, MISMATCH);
    }

    @Test
    void refusesOtherMislabelling() {
        assertRefused("text/html", null, TEXT, MISMATCH);
        assertRefused("text/csv", null, TEXT, MISMATCH);
        assertRefused("application/x-unheard-of", null, TEXT, MISMATCH);
        assertRefused("nonsense", null, TEXT, MISMATCH);
        assertRefused(null, "Bescheid.html", PDF, MISMATCH);
        assertRefused(null, "Bescheid.jpg", TIFF, MISMATCH);
        assertRefused(null, "Bescheid.TIF", JPEG, MISMATCH);
        assertRefused(null, "Notiz.exe", TEXT, MISMATCH);
        assertRefused(null, "Notiz.BAT", TEXT, MISMATCH);
        assertRefused(null, "Notiz.docx", TEXT, MISMATCH);
        assertRefused("application/pdf", "Bescheid.pdf", TEXT, MISMATCH);
        // Windows drops trailing dots and spaces, so these are .exe files.
        assertRefused(null, "Notiz.exe.", TEXT, MISMATCH);
        assertRefused(null, "Notiz.exe . ", TEXT, MISMATCH);
        // Right-to-left override shows "Bescheidexe.pdf", but the name ends in .exe.
        assertRefused(null, "Bescheid\u202Efdp.exe", PDF, MISMATCH);
    }

    // --- PDF content ---

    @Test
    void acceptsAPdfThatOpensAtAPage() {
        var pdf = pdf().catalog("/OpenAction [3 0 R /Fit] /PageMode /UseOutlines").build();
        assertThat(DocumentUpload.inspect(null, "a.pdf", pdf, LIMIT).type()).isEqualTo(DocumentType.PDF);
    }

    @Test
    void refusesEncryptedPdfs() {
        assertRefused(null, "a.pdf", pdf().object("<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>")
            .trailer("/Encrypt 4 0 R").build(), ENCRYPTED);
        assertRefused(null, "a.pdf", pdf().trailer("/Encr#79pt 5 0 R").build(), ENCRYPTED);
    }

    @Test
    void refusesPdfsWithJavaScript() {
        assertRefused(null, "a.pdf", pdf().catalog("/OpenAction 4 0 R")
            .object("<< /S /JavaScript /JS (app.alert\\(1\\)) >>").build(), ACTIVE);
        assertRefused(null, "a.pdf", pdf().catalog("/Names << /JavaScript 4 0 R >>").object("<< /Names [] >>").build(),
                ACTIVE);
    }

    @Test
    void refusesJavaScriptBehindHexEscapedNames() {
        assertRefused(null, "a.pdf", pdf().catalog("/OpenAction 4 0 R")
            .object("<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>").build(), ACTIVE);
        assertRefused(null, "a.pdf", pdf().catalog("/OpenAction << /S /#4A#61#76#61Script >>").build(), ACTIVE);
        assertRefused(null, "a.pdf", pdf().catalog("/OpenAction << /S /#4aava#53cript >>").build(), ACTIVE);
    }

    @Test
    void refusesTheJsKeyOnItsOwn() {
        assertRefused(null, "a.pdf", pdf().catalog("/OpenAction << /JS (app.alert\\(1\\)) >>").build(), ACTIVE);
        assertRefused(null, "a.pdf", pdf().catalog("/OpenAction << /JS 4 0 R >>").object("(x)").build(), ACTIVE);
        assertRefused(null, "a.pdf", pdf().catalog("/OpenAction << /JS%comment\n<616c657274> >>").build(), ACTIVE);
    }

    @Test
    void refusesPdfsThatLaunchOrEmbedFiles() {
        assertRefused(null, "a.pdf", pdf().catalog("/OpenAction << /S /Launch /F (cmd.exe) >>").build(), ACTIVE);
        assertRefused(null, "a.pdf", pdf().stream("/Type /EmbeddedFile", utf8("MZ")).build(), ACTIVE);
        assertRefused(null, "a.pdf", pdf().catalog("/Names << /EmbeddedFiles 4 0 R >>").object("<< /Names [] >>").build(),
                ACTIVE);
        assertRefused(null, "a.pdf", pdf().catalog("/AcroForm << /Fields [] /XFA [(template) 4 0 R] >>").build(), ACTIVE);
    }

    @Test
    void findsJavaScriptInsideCompressedObjectStreams() {
        assertThat(DocumentUpload.inspect(null, "a.pdf", PDF_WITH_OBJECT_STREAM, LIMIT).type()).isEqualTo(DocumentType.PDF);
        assertRefused(null, "a.pdf", pdf().catalog("/OpenAction 5 0 R")
            .stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
                    deflate("5 0 << /S /JavaScript /JS (app.alert\\(1\\)) >>"))
            .build(), ACTIVE);
        // Neither the dictionary's type nor white space before the index gives it away.
        assertRefused(null, "a.pdf", pdf().catalog("/OpenAction 5 0 R")
            .stream("/N 1 /First 8 /Filter /Fl", deflate("  %x\n5 0 << /S /Java#53cript /JS <00> >>"))
            .build(), ACTIVE);
        // Nor does an end-of-stream keyword inside the compressed data, stored verbatim in front of the
        // compressed rest: the data is inflated to its own end, not to the first "endstream".
        var data = deflate("5 0 (endstream)\n", "<< /JS (app.alert\\(1\\)) >>");
        assertThat(new String(data, StandardCharsets.ISO_8859_1)).contains("endstream").doesNotContain("/JS");
        assertRefused(null, "a.pdf", pdf().stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", data).build(),
                ACTIVE);
    }

    @Test
    void shortNamesInBinaryStreamDataAreNoAlarm() {
        var pixels = concat(utf8("\u00ff/JS(\u0001/XFA[2/JS 1 0 R"), new byte[] { (byte) 0x89, 0x50 });
        var pdf = pdf().catalog("/Thumb 4 0 R")
            .stream("/Type /XObject /Subtype /Image /Width 3 /Height 3 /BitsPerComponent 8 /ColorSpace /DeviceRGB", pixels)
            .build();
        assertThat(DocumentUpload.inspect(null, "a.pdf", pdf, LIMIT).type()).isEqualTo(DocumentType.PDF);
    }

    @Test
    void refusesADecompressionBomb() {
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        var chunk = utf8("1 0 ".repeat(256 * 1024));
        var out = new ByteArrayOutputStream();
        var buffer = new byte[64 * 1024];
        for (int i = 0; i < 300; i++) {
            deflater.setInput(chunk);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        assertRefused(null, "a.pdf", pdf().stream("/Type /ObjStm /Filter /FlateDecode", out.toByteArray()).build(),
                UNVERIFIABLE);
    }

    // --- file names ---

    @Test
    void keepsOnlyTheLastPathSegment() {
        assertThat(name("../../etc/passwd", TEXT)).isEqualTo("passwd.txt");
        assertThat(name("C:\\Users\\x\\Bescheid 2026.pdf", PDF)).isEqualTo("Bescheid 2026.pdf");
        assertThat(name("C:\\fakepath\\Scan.tif", TIFF)).isEqualTo("Scan.tif");
        assertThat(name("..\\..\\", PDF)).isEqualTo("dokument.pdf");
    }

    @Test
    void dropsControlCharactersAndReplacesOthers() {
        assertThat(name("Besch\u0000eid\u0007 2026\u001b\n.pdf", PDF)).isEqualTo("Bescheid 2026.pdf");
        assertThat(name("<img src=x onerror=alert(1)>.pdf", PDF)).isEqualTo("_img src_x onerror_alert(1)_.pdf");
        assertThat(name("<script>alert(1)</script>.pdf", PDF)).isEqualTo("script_.pdf"); // "/" separates
        assertThat(name("Straße_Übersicht (Entwurf)-v2.PDF", PDF)).isEqualTo("Straße_Übersicht (Entwurf)-v2.PDF");
        assertThat(name("Rechnung:Stream$DATA;\"x\".pdf", PDF)).isEqualTo("Rechnung_Stream_DATA__x_.pdf");
        assertThat(name("a\u00a0b\u200bc.pdf", PDF)).isEqualTo("a_b_c.pdf");
    }

    @Test
    void capsLongNamesKeepingTheExtension() {
        assertThat(name("a".repeat(300) + ".pdf", PDF)).isEqualTo("a".repeat(116) + ".pdf").hasSize(120);
        assertThat(name("ä".repeat(299) + " .png", PNG)).isEqualTo("ä".repeat(116) + ".png");
        var astral = name("\uD835\uDC00".repeat(200) + ".txt", TEXT); // mathematical bold A, a letter
        assertThat(astral.codePointCount(0, astral.length())).isEqualTo(120);
        assertThat(astral).endsWith(".txt");
        assertThat(name("x".repeat(119) + "." + "y".repeat(50), TEXT)).hasSize(120).endsWith("x.txt");
    }

    @Test
    void neverStartsWithADot() {
        assertThat(name(".htaccess", TEXT)).isEqualTo("htaccess.txt");
        assertThat(name("..", PDF)).isEqualTo("dokument.pdf");
        assertThat(name(".", PDF)).isEqualTo("dokument.pdf");
        assertThat(name(" . .pdf", PDF)).isEqualTo("pdf.pdf");
        assertThat(name("...", TEXT)).isEqualTo("dokument.txt");
    }

    @Test
    void fallsBackToDokument() {
        assertThat(name(null, PDF)).isEqualTo("dokument.pdf");
        assertThat(name("", JPEG)).isEqualTo("dokument.jpg");
        assertThat(name("???.pdf", PDF)).isEqualTo("dokument.pdf");
        assertThat(name("\u0001\u0002", TIFF)).isEqualTo("dokument.tif");
    }

    @Test
    void normalisesToNfc() {
        var decomposed = "Bescheid Mu\u0308ller Gro\u00dfe.pdf";
        assertThat(name(decomposed, PDF)).isEqualTo("Bescheid Müller Große.pdf").hasSize(25);
        assertThat(name("A\u030a.png", PNG)).isEqualTo("\u00c5.png");
    }

    @Test
    void givesTheTypesExtensionWhenTheNameHasNoneOfItsOwn() {
        assertThat(name("Bescheid 12.03.2026", PDF)).isEqualTo("Bescheid 12.03.2026.pdf");
        assertThat(name("Protokoll.log", TEXT)).isEqualTo("Protokoll.log.txt");
        assertThat(name("Notiz.exe\u200b", TEXT)).isEqualTo("Notiz.exe_.txt");
    }

    @Test
    void prefixesWindowsDeviceNames() {
        assertThat(name("CON.txt", TEXT)).isEqualTo("_CON.txt");
        assertThat(name("lpt1", PDF)).isEqualTo("_lpt1.pdf");
        assertThat(name("Nul.tar.pdf", PDF)).isEqualTo("_Nul.tar.pdf");
        assertThat(name("CONSOLE.txt", TEXT)).isEqualTo("CONSOLE.txt");
    }

    // --- the value object ---

    @Test
    void keepsItsOwnCopyOfTheBytes() {
        var bytes = PDF.clone();
        var upload = DocumentUpload.inspect(null, null, bytes, LIMIT);
        bytes[0] = 'X';
        upload.content()[1] = 'X';
        assertThat(upload.content()).isEqualTo(PDF);
        assertThat(upload.toString()).doesNotContain("dokument").contains("PDF");
    }

    // --- properties ---

    /**
     * Fuzzing the sniffers: random bytes and mutated samples, with any declared type and name, give an
     * upload of a type that its bytes bear out, or one of the German refusals; nothing else escapes.
     */
    @Property(tries = 2000)
    void eitherAConsistentUploadOrARefusal(@ForAll("contents") byte[] content, @ForAll("declaredTypes") String declared,
            @ForAll("fileNames") String fileName) {
        DocumentUpload upload;
        try {
            upload = DocumentUpload.inspect(declared, fileName, content, LIMIT);
        }
        catch (InvalidRecord refused) {
            Statistics.collect("refused");
            assertThat(refused.getMessage()).satisfiesAnyOf(
                    message -> assertThat(message).isIn(EMPTY, NOT_ALLOWED, MISMATCH, ENCRYPTED, ACTIVE, UNVERIFIABLE),
                    message -> assertThat(message).isEqualTo("Die Datei ist größer als 10 MiB."));
            return;
        }
        Statistics.collect(upload.type().name());
        assertThat(bearsOut(upload.type(), content)).as("bytes fit %s", upload.type()).isTrue();
        assertThat(upload.content()).isEqualTo(content);
        assertThat(upload.size()).isEqualTo(content.length);
        assertThat(upload.mediaType()).isEqualTo(upload.type().mediaType());
        assertSafeName(upload.fileName(), upload.type());
    }

    /** Junk before a sample may make it unrecognisable, never recognised as something else. */
    @Property(tries = 1000)
    void junkBeforeASampleNeverChangesItsType(@ForAll("samples") Tuple.Tuple2<DocumentType, byte[]> sample,
            @ForAll("junk") byte[] junk) {
        try {
            assertThat(DocumentUpload.inspect(null, null, concat(junk, sample.get2()), LIMIT).type())
                .isEqualTo(sample.get1());
        }
        catch (InvalidRecord refused) {
            // unrecognisable is fine
        }
    }

    @Property(tries = 300)
    void sanitisedNamesAreAlwaysSafe(@ForAll("fileNames") String fileName, @ForAll("samples") Tuple.Tuple2<DocumentType, byte[]> sample) {
        try {
            assertSafeName(DocumentUpload.inspect(null, fileName, sample.get2(), LIMIT).fileName(), sample.get1());
        }
        catch (InvalidRecord refused) {
            assertThat(refused.getMessage()).isEqualTo(MISMATCH);
        }
    }

    @Provide
    Arbitrary<byte[]> contents() {
        var random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        var samples = Arbitraries.of(PDF, PNG, JPEG, TIFF, TEXT, PDF_WITH_OBJECT_STREAM);
        var changes = Arbitraries.integers().between(0, 4095).list().ofMaxSize(8);
        var values = Arbitraries.bytes().list().ofMinSize(8).ofMaxSize(8);
        var cut = Arbitraries.integers().between(-1, 4096);
        var mutated = Combinators.combine(samples, changes, values, cut).as((sample, positions, bytes, end) -> {
            var copy = sample.clone();
            for (int i = 0; i < positions.size(); i++) {
                copy[positions.get(i) % copy.length] = bytes.get(i);
            }
            return end < 0 ? copy : Arrays.copyOf(copy, Math.min(end, copy.length));
        });
        var spliced = Combinators.combine(samples, random, Arbitraries.integers().between(0, 4096))
            .as((sample, insert, at) -> {
                int position = Math.min(at, sample.length);
                return concat(Arrays.copyOf(sample, position), insert, Arrays.copyOfRange(sample, position, sample.length));
            });
        return Arbitraries.frequencyOf(Tuple.of(2, random), Tuple.of(4, mutated), Tuple.of(2, spliced), Tuple.of(1, samples));
    }

    @Provide
    Arbitrary<String> declaredTypes() {
        return Arbitraries.oneOf(Arbitraries.of("application/pdf", "image/png", "image/jpeg", "image/tiff", "text/plain",
                "text/plain; charset=utf-8", "application/octet-stream", "", " ", "text/html", ";", "/"),
                Arbitraries.strings().ofMaxLength(40), Arbitraries.just(null));
    }

    @Provide
    Arbitrary<String> fileNames() {
        var stems = Arbitraries.strings().all().ofMaxLength(300);
        var extensions = Arbitraries.of("", ".pdf", ".PNG", ".jpg", ".jpeg", ".tif", ".tiff", ".txt", ".exe", ".html",
                ".", "..", "/", "\\", ".pdf.", " ");
        return Arbitraries.oneOf(Combinators.combine(stems, extensions).as(String::concat), stems, Arbitraries.just(null));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<DocumentType, byte[]>> samples() {
        return Arbitraries.of(Tuple.of(DocumentType.PDF, PDF), Tuple.of(DocumentType.PNG, PNG),
                Tuple.of(DocumentType.JPEG, JPEG), Tuple.of(DocumentType.TIFF, TIFF), Tuple.of(DocumentType.TEXT, TEXT),
                Tuple.of(DocumentType.PDF, PDF_WITH_OBJECT_STREAM));
    }

    @Provide
    Arbitrary<byte[]> junk() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(2048),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(2048).map(DocumentUploadTests::utf8),
                Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(2048).map(DocumentUploadTests::utf8));
    }

    // --- helpers ---

    /** What the bytes must show for the type, checked independently of the implementation. */
    private static boolean bearsOut(DocumentType type, byte[] content) {
        var latin1 = new String(content, StandardCharsets.ISO_8859_1);
        return switch (type) {
            case PDF -> {
                int header = latin1.indexOf("%PDF-");
                yield header >= 0 && header < 1024 && latin1.lastIndexOf("%%EOF") >= content.length - 1024;
            }
            case PNG -> latin1.startsWith("\u0089PNG\r\n\u001a\n") && latin1.endsWith("IEND\u00aeB`\u0082");
            case JPEG -> latin1.startsWith("\u00ff\u00d8\u00ff") && latin1.endsWith("\u00ff\u00d9");
            case TIFF -> latin1.startsWith("II*\u0000") || latin1.startsWith("MM\u0000*");
            case TEXT -> {
                try {
                    var text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
                    yield text.indexOf('\u0000') < 0 && !text.isEmpty();
                }
                catch (CharacterCodingException e) {
                    yield false;
                }
            }
        };
    }

    private static void assertSafeName(String name, DocumentType type) {
        assertThat(name).isNotBlank().doesNotStartWith(".").doesNotStartWith(" ").doesNotContain("/", "\\", ":");
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(120);
        assertThat(name.codePoints().noneMatch(Character::isISOControl)).isTrue();
        assertThat(name.codePoints()
            .allMatch(c -> Character.isLetterOrDigit(c) || " .-_()".indexOf(c) >= 0)).as(name).isTrue();
        int dot = name.lastIndexOf('.');
        assertThat(dot).isPositive();
        assertThat(type.hasExtension(name.substring(dot + 1))).as(name).isTrue();
    }

    private static String name(String clientName, byte[] content) {
        return DocumentUpload.inspect(null, clientName, content, LIMIT).fileName();
    }

    private static void assertRefused(String declared, String fileName, byte[] content, String message) {
        assertThatThrownBy(() -> DocumentUpload.inspect(declared, fileName, content, LIMIT))
            .isInstanceOf(InvalidRecord.class)
            .hasMessage(message);
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x2f4a53);
        var out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).as("writer for %s", format).isTrue();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(String text) {
        return deflate("", text);
    }

    /** zlib data with {@code stored} verbatim in a stored block and {@code compressed} after it. */
    private static byte[] deflate(String stored, String compressed) {
        var deflater = new Deflater(Deflater.NO_COMPRESSION);
        var out = new ByteArrayOutputStream();
        var buffer = new byte[1024];
        deflater.setInput(stored.getBytes(StandardCharsets.ISO_8859_1));
        int n;
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
            out.write(buffer, 0, n);
        }
        // A new level applies after the next call, which still flushes with the old one.
        deflater.setLevel(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[0]);
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
            out.write(buffer, 0, n);
        }
        deflater.setInput(compressed.getBytes(StandardCharsets.ISO_8859_1));
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static PdfBuilder pdf() {
        return new PdfBuilder();
    }

    /**
     * A small but complete PDF: catalog, page tree, one page, extra objects from 4 on, a correct
     * cross-reference table and a trailer.
     */
    private static final class PdfBuilder {

        private String catalog = "";
        private String trailer = "";
        private final List<byte[]> objects = new ArrayList<>();

        PdfBuilder catalog(String entries) {
            catalog = " " + entries;
            return this;
        }

        PdfBuilder trailer(String entries) {
            trailer = " " + entries;
            return this;
        }

        PdfBuilder object(String body) {
            objects.add(latin1(body));
            return this;
        }

        PdfBuilder stream(String dictionary, byte[] data) {
            objects.add(concat(latin1("<< " + dictionary + " /Length " + data.length + " >>\nstream\n"), data,
                    latin1("\nendstream")));
            return this;
        }

        byte[] build() {
            var bodies = new ArrayList<byte[]>();
            bodies.add(latin1("<< /Type /Catalog /Pages 2 0 R" + catalog + " >>"));
            bodies.add(latin1("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
            bodies.add(latin1("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
            bodies.addAll(objects);
            var out = new ByteArrayOutputStream();
            out.writeBytes(latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
            var offsets = new ArrayList<Integer>();
            for (int i = 0; i < bodies.size(); i++) {
                offsets.add(out.size());
                out.writeBytes(latin1((i + 1) + " 0 obj\n"));
                out.writeBytes(bodies.get(i));
                out.writeBytes(latin1("\nendobj\n"));
            }
            int xref = out.size();
            var table = new StringBuilder("xref\n0 " + (bodies.size() + 1) + "\n0000000000 65535 f \n");
            for (int offset : offsets) {
                table.append(String.format("%010d 00000 n \n", offset));
            }
            table.append("trailer\n<< /Size ").append(bodies.size() + 1).append(" /Root 1 0 R").append(trailer)
                .append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            out.writeBytes(latin1(table.toString()));
            return out.toByteArray();
        }

        private static byte[] latin1(String text) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}

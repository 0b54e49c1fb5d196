package de.kommunale2030.plattform.klartext;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import de.kommunale2030.plattform.klartext.TestPdfs.Line;
import de.kommunale2030.plattform.klartext.UnreadableNotice.Reason;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reading uploaded notices: PDFs made here with PDFBox (text, positioned text, scans, encrypted,
 * too many pages, bombs, damaged bytes), UTF-8 text, and every other kind of file refused with
 * its reason. Properties: arbitrary and mutated bytes end in a text or an {@link UnreadableNotice}
 * and nothing else, quickly.
 */
class NoticeDocumentsTests {

    private static final byte[] TWO_PAGE_NOTICE = TestPdfs.withText(List.of(
            List.of("Stadt Müllheim – Steueramt", "Grundsteuerbescheid für das Kalenderjahr 2025",
                    "Die Grundsteuer wird auf 486,00 € festgesetzt."),
            List.of("Rechtsbehelfsbelehrung", "Gegen diesen Bescheid kann innerhalb eines Monats",
                    "nach Bekanntgabe Widerspruch erhoben werden. Größere Beträge: Straße 5.")));

    private static final String UNCOUNTABLE_FILTER_MESSAGE = "Die PDF-Datei nutzt eine Komprimierung oder Kodierung "
            + "(LZW, RunLength, ASCIIHex oder ASCII85), die aus Sicherheitsgründen nicht gelesen wird. "
            + "Bitte speichern Sie die Datei erneut als PDF oder fügen Sie den Text ein.";

    private final NoticeDocuments documents = new NoticeDocuments();

    @Test
    void readsBothPagesOfANoticeWithUmlautsSharpSAndEuro() {
        var text = documents.text(TWO_PAGE_NOTICE, "Bescheid.pdf");

        assertThat(lines(text)).containsExactly(
                "Stadt Müllheim – Steueramt", "Grundsteuerbescheid für das Kalenderjahr 2025",
                "Die Grundsteuer wird auf 486,00 € festgesetzt.",
                "Rechtsbehelfsbelehrung", "Gegen diesen Bescheid kann innerhalb eines Monats",
                "nach Bekanntgabe Widerspruch erhoben werden. Größere Beträge: Straße 5.");
        assertThat(text).doesNotContain("\r");
    }

    @Test
    void readsPositionedTextTopDownAndLeftToRightWhateverOrderItWasDrawnIn() {
        var pdf = TestPdfs.withPages(List.of(List.of(
                new Line(72, 600, "Zahlungshinweise"),
                new Line(300, 700, "486,00 €"),
                new Line(72, 700, "Festgesetzte Grundsteuer"),
                new Line(72, 750, "Grundsteuerbescheid 2025"))));

        assertThat(lines(documents.text(pdf, null))).containsExactly(
                "Grundsteuerbescheid 2025", "Festgesetzte Grundsteuer 486,00 €", "Zahlungshinweise");
    }

    @Test
    void writesABlankLineWhereTheGapBetweenTwoLinesIsClearlyWiderThanTheLineSpacing() {
        var pdf = TestPdfs.withPages(List.of(List.of(
                new Line(72, 750, "Gemeinde Rottensee"),
                new Line(72, 736, "Steueramt"),
                new Line(72, 704, "Herrn"),
                new Line(72, 690, "Max Muster"),
                new Line(72, 672, "Fälligkeiten"),
                new Line(72, 658, "15.02.2025: 118,01 €"))));

        assertThat(documents.text(pdf, "Bescheid.pdf")).isEqualTo(
                "Gemeinde Rottensee\nSteueramt\n\nHerrn\nMax Muster\nFälligkeiten\n15.02.2025: 118,01 €\n");
    }

    @Test
    void refusesAScanWithoutTextLayer() {
        var refusal = refusal(TestPdfs.scanned(), "scan.pdf");

        assertThat(refusal.reason()).isEqualTo(Reason.PDF_WITHOUT_TEXT);
        assertThat(refusal.germanMessage()).isEqualTo("Die PDF-Datei enthält keinen lesbaren Text (vermutlich ein Scan). "
                + "Bitte fügen Sie den Text ein oder laden Sie eine PDF mit Textebene hoch.");
    }

    @Test
    void refusesAPdfWithAUserPasswordAndOneWithAnOwnerPasswordOnly() {
        var locked = refusal(TestPdfs.encrypted("geheim"), "Bescheid.pdf");
        var ownerOnly = refusal(TestPdfs.encrypted(""), "Bescheid.pdf");

        assertThat(List.of(locked.reason(), ownerOnly.reason())).containsOnly(Reason.PDF_ENCRYPTED);
        assertThat(locked.germanMessage()).isEqualTo("Die PDF-Datei ist verschlüsselt. Bitte laden Sie sie ohne Kennwortschutz hoch.");
    }

    @Test
    void readsThirtyPagesAndRefusesThirtyOne() {
        assertThat(documents.text(TestPdfs.withPageCount(30), null)).contains("Seite 30 des");

        var refusal = refusal(TestPdfs.withPageCount(31), null);
        assertThat(refusal.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refusal.germanMessage()).isEqualTo("Die PDF-Datei hat mehr als 30 Seiten.");
    }

    @Test
    void takesConfiguredLimitsForBytesAndPages() {
        var kibibyte = new NoticeDocuments(1024, NoticeDocuments.DEFAULT_MAX_PAGES);
        var twoPages = new NoticeDocuments(NoticeDocuments.DEFAULT_MAX_BYTES, 2);
        var text = "Bescheid\n".repeat(113) + "1234567";

        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(1024);
        assertThat(kibibyte.text(text.getBytes(StandardCharsets.UTF_8), "a.txt")).isEqualTo(text);
        var tooLong = catchThrowableOfType(UnreadableNotice.class, () -> kibibyte.text((text + "8").getBytes(StandardCharsets.UTF_8), "a.txt"));
        assertThat(tooLong.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(tooLong.germanMessage()).isEqualTo("Die Datei ist größer als 1 KiB.");
        assertThat(twoPages.text(TestPdfs.withPageCount(2), null)).contains("Seite 2 des");
        var tooManyPages = catchThrowableOfType(UnreadableNotice.class, () -> twoPages.text(TestPdfs.withPageCount(3), null));
        assertThat(tooManyPages.germanMessage()).isEqualTo("Die PDF-Datei hat mehr als 2 Seiten.");
    }

    @Test
    void refusesMoreThanTenMebibytes() {
        var content = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(content, (byte) 'a');

        var refusal = refusal(content, "Bescheid.txt");
        assertThat(refusal.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refusal.germanMessage()).isEqualTo("Die Datei ist größer als 10 MiB.");
    }

    @Test
    void refusesAContentStreamThatInflatesBeyondTheBudgetOnceOrTwiceDeflated() {
        var once = TestPdfs.withDeflatedContent(80 * 1024 * 1024, 1);
        var twice = TestPdfs.withDeflatedContent(80 * 1024 * 1024, 2);

        assertThat(once.length).isLessThan(1024 * 1024);
        assertThat(twice.length).isLessThan(64 * 1024);
        for (var bomb : List.of(once, twice)) {
            var refusal = refusal(bomb, "Bescheid.pdf");
            assertThat(refusal.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(refusal.germanMessage()).isEqualTo("Die PDF-Datei enthält zu viele oder zu große Inhalte, um sie zu lesen.");
        }
    }

    @Test
    void refusesLzwRunLengthAsciiHexAndAscii85StreamsByTheirFullAndShortNames() {
        for (var filter : List.of(COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION, COSName.RUN_LENGTH_DECODE,
                COSName.RUN_LENGTH_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION,
                COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION)) {
            var refusal = refusal(TestPdfs.withContentFilter(filter), "Bescheid.pdf");
            assertThat(refusal.reason()).as(filter.getName()).isEqualTo(Reason.PDF_DAMAGED);
            assertThat(refusal.germanMessage()).as(filter.getName()).isEqualTo(UNCOUNTABLE_FILTER_MESSAGE);
        }
    }

    @Test
    void refusesAnLzwFilterWrittenWithAHexEscape() {
        var escaped = TestPdfs.withEscapedLzwFilterName();

        assertThat(new String(escaped, StandardCharsets.ISO_8859_1)).contains("/LZW#44ecode").doesNotContain("LZWDecode");
        assertThat(refusal(escaped, null).germanMessage()).isEqualTo(UNCOUNTABLE_FILTER_MESSAGE);
    }

    @Test
    void refusesAnLzwFilterNamedThroughAnIndirectObjectInTheFileOrInsideADeflatedObjectStream() {
        var plain = TestPdfs.withIndirectLzwFilter(false);
        var inObjectStream = TestPdfs.withIndirectLzwFilter(true);

        assertThat(new String(plain, StandardCharsets.ISO_8859_1)).containsPattern("\\d+ 0 obj\\s*/LZWDecode");
        // only inflating the object stream shows the name: the raw bytes alone do not give it away
        assertThat(new String(inObjectStream, StandardCharsets.ISO_8859_1)).doesNotContain("LZW").contains("/ObjStm");
        for (var pdf : List.of(plain, inObjectStream)) {
            assertThat(refusal(pdf, null).germanMessage()).isEqualTo(UNCOUNTABLE_FILTER_MESSAGE);
        }
    }

    @Test
    void refusesAFlateBombWrappedInHexDigitsQuicklyAndWithoutInflatingIt() {
        var bomb = TestPdfs.withHexWrappedDeflatedContent(80 * 1024 * 1024);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var thread = Thread.currentThread().threadId();

        assertThat(bomb.length).isLessThan(512 * 1024);
        var allocatedBefore = threads.getThreadAllocatedBytes(thread);
        var started = System.nanoTime();
        var refusal = refusal(bomb, "Bescheid.pdf");
        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        var allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;

        assertThat(refusal.reason()).isEqualTo(Reason.PDF_DAMAGED);
        assertThat(refusal.germanMessage()).isEqualTo(UNCOUNTABLE_FILTER_MESSAGE);
        assertThat(elapsed).isLessThan(Duration.ofSeconds(1));
        assertThat(allocated).as("bytes allocated while refusing").isLessThan(8L * 1024 * 1024);
    }

    @Test
    void refusesFormsNestedToMultiplyTheWork() {
        var pdf = TestPdfs.withNestedForms(2000);

        assertThat(pdf.length).isLessThan(64 * 1024);
        assertThat(refusal(pdf, null).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void refusesAPageThatShowsMoreGlyphsThanAnyNotice() {
        var lines = IntStream.range(0, 300).mapToObj(i -> new Line(10, 10 + i, "Widerspruch ".repeat(80))).toList();
        var pdf = TestPdfs.withPages(List.of(lines));

        assertThat(pdf.length).isLessThan(16 * 1024);
        assertThat(refusal(pdf, null).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void refusesTruncatedPdfsAndGarbageBehindTheMagic() {
        var garbage = ("%PDF-1.7\n" + "Das ist keine PDF-Datei, nur Text dahinter.\n".repeat(20)).getBytes(StandardCharsets.UTF_8);
        var truncated = Arrays.copyOf(TWO_PAGE_NOTICE, TWO_PAGE_NOTICE.length / 3);

        for (var damaged : List.of(garbage, truncated, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            var refusal = refusal(damaged, "Bescheid.pdf");
            assertThat(refusal.reason()).isEqualTo(Reason.PDF_DAMAGED);
            assertThat(refusal.germanMessage()).isEqualTo("Die PDF-Datei ist beschädigt und kann nicht gelesen werden.");
        }
    }

    @Test
    void refusesPicturesArchivesAndTextInAnotherEncoding() throws IOException {
        var windows1252 = "Grundsteuerbescheid für Familie Müller, Straße 5: 486,00 €".getBytes(Charset.forName("windows-1252"));
        var utf16 = "Grundsteuerbescheid".getBytes(StandardCharsets.UTF_16LE);

        for (var content : List.of(png(), zip(), windows1252, utf16)) {
            var refusal = refusal(content, null);
            assertThat(refusal.reason()).isEqualTo(Reason.NOT_TEXT_OR_PDF);
            assertThat(refusal.germanMessage()).isEqualTo("Die Datei ist weder eine PDF-Datei noch ein Text in UTF-8.");
        }
    }

    @Test
    void refusesAFileWhoseNameClaimsAnotherType() {
        var text = "Grundsteuerbescheid 2025".getBytes(StandardCharsets.UTF_8);

        for (var mismatch : List.of(refusal(text, "Bescheid.pdf"), refusal(TWO_PAGE_NOTICE, "Bescheid.txt"),
                refusal(text, "Bescheid.docx"), refusal(TWO_PAGE_NOTICE, "C:\\Ablage\\Bescheid.PNG"))) {
            assertThat(mismatch.reason()).isEqualTo(Reason.NOT_TEXT_OR_PDF);
            assertThat(mismatch.germanMessage()).isEqualTo("Die Dateiendung passt nicht zum Inhalt der Datei. "
                    + "Bitte laden Sie eine PDF-Datei (.pdf) oder einen Text in UTF-8 (.txt) hoch.");
        }
        assertThat(documents.text(text, "Bescheid")).isEqualTo("Grundsteuerbescheid 2025");
        assertThat(documents.text(text, "Ablage.2025/Bescheid.TXT")).isEqualTo("Grundsteuerbescheid 2025");
        assertThat(documents.text(TWO_PAGE_NOTICE, "BESCHEID.PDF")).startsWith("Stadt Müllheim");
    }

    @Test
    void refusesNothingAndBlankText() {
        assertThat(refusal(new byte[0], "Bescheid.txt").reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusal(null, null).reason()).isEqualTo(Reason.EMPTY);
        var blank = refusal("\uFEFF \r\n\t".getBytes(StandardCharsets.UTF_8), null);
        assertThat(blank.reason()).isEqualTo(Reason.EMPTY);
        assertThat(blank.germanMessage()).isEqualTo("Die Datei ist leer oder enthält keinen Text.");
    }

    @Test
    void returnsUtf8TextWithoutByteOrderMarkNormalisedToNfcAndNewlines() {
        var decomposed = "Gebu\u0308hrenbescheid\r\nStraße 5\rBetrag: 12,00 €\fSeite 2\n";
        var content = ("\uFEFF" + decomposed).getBytes(StandardCharsets.UTF_8);

        assertThat(documents.text(content, "Bescheid.txt"))
                .isEqualTo("Gebührenbescheid\nStraße 5\nBetrag: 12,00 €\nSeite 2\n");
    }

    @Test
    void refusesTextWithControlCharacters() {
        for (var control : List.of("\u0000", "\u001B", "\u007F", "\u0085")) {
            var content = ("Bescheid" + control + "2025").getBytes(StandardCharsets.UTF_8);
            assertThat(refusal(content, null).reason()).isEqualTo(Reason.NOT_TEXT_OR_PDF);
        }
    }

    @Test
    void saysNeitherContentNorFileNameInARefusal() {
        var windows1252 = "Familie Müller".getBytes(Charset.forName("windows-1252"));
        var refusal = refusal(windows1252, "Müller Bescheid.txt");
        var damaged = refusal("%PDF-1.7\n1 0 obj << /Müller (Familie Müller) >>".getBytes(StandardCharsets.UTF_8), "Müller.pdf");

        for (var r : List.of(refusal, damaged)) {
            assertThat(r.getMessage() + r.germanMessage()).doesNotContain("Müller").doesNotContain("Familie");
            assertThat(r.getCause()).isNull();
        }
    }

    @Property(tries = 300)
    void anyBytesAreReadOrRefusedWithAReason(@ForAll("uploads") byte[] content) {
        answersQuickly(content);
    }

    @Property(tries = 300)
    void aMutatedPdfIsReadOrRefusedWithAReason(@ForAll("mutatedPdfs") byte[] content) {
        answersQuickly(content);
    }

    @Provide
    Arbitrary<byte[]> uploads() {
        var anyBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        var behindTheMagic = anyBytes.map(tail -> concat("%PDF-1.".getBytes(StandardCharsets.US_ASCII), tail));
        return Arbitraries.oneOf(anyBytes, behindTheMagic);
    }

    @Provide
    Arbitrary<byte[]> mutatedPdfs() {
        var length = TWO_PAGE_NOTICE.length;
        var at = Arbitraries.integers().between(0, length - 1);
        var flipped = Combinators.combine(at.list().ofMinSize(1).ofMaxSize(20), Arbitraries.bytes()).as((positions, value) -> {
            var copy = TWO_PAGE_NOTICE.clone();
            positions.forEach(p -> copy[p] ^= (byte) (value | 1));
            return copy;
        });
        var cut = at.map(end -> Arrays.copyOf(TWO_PAGE_NOTICE, end));
        var duplicated = Combinators.combine(at, Arbitraries.integers().between(1, 2000), at).as((from, size, to) -> {
            var end = Math.min(length, from + size);
            return concat(Arrays.copyOf(TWO_PAGE_NOTICE, to), Arrays.copyOfRange(TWO_PAGE_NOTICE, from, end),
                    Arrays.copyOfRange(TWO_PAGE_NOTICE, to, length));
        });
        return Arbitraries.oneOf(flipped, cut, duplicated);
    }

    private void answersQuickly(byte[] content) {
        var started = System.nanoTime();
        try {
            assertThat(documents.text(content, null)).isNotBlank();
        } catch (UnreadableNotice refused) {
            assertThat(refused.reason()).isNotNull();
            assertThat(refused.germanMessage()).isNotBlank();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    private UnreadableNotice refusal(byte[] content, String fileName) {
        return catchThrowableOfType(UnreadableNotice.class, () -> documents.text(content, fileName));
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static byte[] zip() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document>Grundsteuerbescheid</w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

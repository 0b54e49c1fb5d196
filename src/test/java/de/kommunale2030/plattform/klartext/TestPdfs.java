package de.kommunale2030.plattform.klartext;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

/** PDFs made with PDFBox for the tests, so that every property of a test file is stated in code. */
final class TestPdfs {

    /** A line of text at a position on a page (points from the bottom left corner). */
    record Line(float x, float y, String text) {
    }

    private TestPdfs() {
    }

    /** One page per list of lines, each line drawn in list order with Helvetica (WinAnsiEncoding: umlauts, ß, €). */
    static byte[] withPages(List<List<Line>> pages) {
        return save(document -> {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (var lines : pages) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    for (var line : lines) {
                        content.beginText();
                        content.setFont(font, 11);
                        content.newLineAtOffset(line.x(), line.y());
                        content.showText(line.text());
                        content.endText();
                    }
                }
            }
        });
    }

    /** Lines of text set top down from the upper left margin, one page per list. */
    static byte[] withText(List<List<String>> pages) {
        return withPages(pages.stream().map(lines -> {
            var placed = new ArrayList<Line>();
            for (var i = 0; i < lines.size(); i++) {
                placed.add(new Line(72, 770 - 16 * i, lines.get(i)));
            }
            return List.<Line>copyOf(placed);
        }).toList());
    }

    /** Characters per line at which {@link #ofLetter} wraps, as a word processor fills a line of a letter. */
    static final int LETTER_LINE_WIDTH = 85;
    static final int LETTER_LINES_PER_PAGE = 45;
    /** Unicode font: the corpus letters name people with Turkish, Polish and Vietnamese letters, which WinAnsi lacks. */
    private static final Path UNICODE_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    /**
     * A plain-text letter set as a printed letter: each paragraph word-wrapped at
     * {@value #LETTER_LINE_WIDTH} characters, {@value #LETTER_LINES_PER_PAGE} lines a page, a
     * blank line left as the vertical space of an empty line.
     */
    static byte[] ofLetter(String text) {
        var lines = new ArrayList<String>();
        text.lines().forEach(paragraph -> lines.addAll(wrapped(paragraph.strip(), LETTER_LINE_WIDTH)));
        return save(document -> {
            var font = PDType0Font.load(document, UNICODE_FONT.toFile());
            for (var first = 0; first < lines.size(); first += LETTER_LINES_PER_PAGE) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    var last = Math.min(lines.size(), first + LETTER_LINES_PER_PAGE);
                    for (var i = first; i < last; i++) {
                        if (lines.get(i).isEmpty()) {
                            continue;
                        }
                        content.beginText();
                        content.setFont(font, 10);
                        content.newLineAtOffset(60, 800 - 16 * (i - first));
                        content.showText(lines.get(i));
                        content.endText();
                    }
                }
            }
        });
    }

    /** The lines a paragraph fills when words go on a line as long as it has room for them. */
    static List<String> wrapped(String paragraph, int width) {
        if (paragraph.isEmpty()) {
            return List.of("");
        }
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : paragraph.split(" +")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** {@code pages} pages, each with a line long enough to count as text. */
    static byte[] withPageCount(int pages) {
        return withText(IntStream.rangeClosed(1, pages)
                .mapToObj(n -> List.of("Seite " + n + " des Grundsteuerbescheids 2025 der Gemeinde Musterstadt")).toList());
    }

    /** A page with a drawn picture and no text, as a scanner makes it. */
    static byte[] scanned() {
        return save(document -> {
            var picture = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            var graphics = picture.createGraphics();
            graphics.fillRect(20, 20, 160, 10);
            graphics.fillRect(20, 40, 120, 10);
            graphics.dispose();
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var image = LosslessFactory.createFromImage(document, picture);
            try (var content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
        });
    }

    /** A text PDF protected with {@code userPassword} ("" opens it without asking) and an owner password. */
    static byte[] encrypted(String userPassword) {
        return save(document -> {
            addTextPage(document);
            var policy = new StandardProtectionPolicy("eigentümer-geheim", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        });
    }

    /** A page whose content stream is {@code inflated} bytes of spaces, deflated {@code rounds} times over. */
    static byte[] withDeflatedContent(int inflated, int rounds) {
        return save(document -> {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            byte[] data = new byte[inflated];
            Arrays.fill(data, (byte) ' ');
            for (var i = 0; i < rounds; i++) {
                data = deflate(data);
            }
            var stream = document.getDocument().createCOSStream();
            try (var raw = stream.createRawOutputStream()) {
                raw.write(data);
            }
            var filters = new COSArray();
            for (var i = 0; i < rounds; i++) {
                filters.add(COSName.FLATE_DECODE);
            }
            stream.setItem(COSName.FILTER, filters);
            page.setContents(new PDStream(stream));
        });
    }

    /** A page whose content stream declares Flate and then {@code filter} (its data is not decoded by the check). */
    static byte[] withContentFilter(COSName filter) {
        return withContentFilters(filter, CompressParameters.DEFAULT_COMPRESSION);
    }

    /**
     * A page whose content stream declares Flate and then LZWDecode, the name given through an
     * indirect object: in an object stream, deflated as PDFBox saves by default, or, when
     * {@code compressed} is false, as a plain object in the file.
     */
    static byte[] withIndirectLzwFilter(boolean compressed) {
        return withContentFilters(new COSObject(COSName.LZW_DECODE),
                compressed ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION);
    }

    /**
     * A page whose content stream declares Flate and then LZWDecode written {@code /LZW#44ecode}
     * (#44 is D), which PDFBox reads as LZWDecode.
     */
    static byte[] withEscapedLzwFilterName() {
        // a placeholder as long as the escaped name, so that replacing it keeps every offset of the file right
        var placeholder = "/LZWxyzecode".getBytes(StandardCharsets.US_ASCII);
        var escaped = "/LZW#44ecode".getBytes(StandardCharsets.US_ASCII);
        var pdf = withContentFilters(COSName.getPDFName("LZWxyzecode"), CompressParameters.NO_COMPRESSION);
        var at = indexOf(pdf, placeholder);
        System.arraycopy(escaped, 0, pdf, at, escaped.length);
        return pdf;
    }

    private static byte[] withContentFilters(COSBase filter, CompressParameters compression) {
        return save(document -> {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var stream = document.getDocument().createCOSStream();
            try (var raw = stream.createRawOutputStream()) {
                raw.write(new byte[] { (byte) 0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, (byte) 0x85, 0x01 });
            }
            stream.setItem(COSName.FILTER, new COSArray(List.of(COSName.FLATE_DECODE, filter)));
            page.setContents(new PDStream(stream));
        }, compression);
    }

    /**
     * A page whose content stream is {@code inflated} bytes of spaces, deflated and then written
     * as hex digits: {@code /Filter [/ASCIIHexDecode /FlateDecode]}, so that the raw bytes are not
     * deflate data.
     */
    static byte[] withHexWrappedDeflatedContent(int inflated) {
        return save(document -> {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var spaces = new byte[inflated];
            Arrays.fill(spaces, (byte) ' ');
            var stream = document.getDocument().createCOSStream();
            try (var raw = stream.createRawOutputStream()) {
                raw.write((HexFormat.of().formatHex(deflate(spaces)) + ">").getBytes(StandardCharsets.US_ASCII));
            }
            stream.setItem(COSName.FILTER, new COSArray(List.of(COSName.ASCII_HEX_DECODE, COSName.FLATE_DECODE)));
            page.setContents(new PDStream(stream));
        });
    }

    /**
     * A page that draws a form {@code fanOut} times, which draws a second form {@code fanOut}
     * times, which draws a line: a few hundred bytes that ask for {@code fanOut²} drawings.
     */
    static byte[] withNestedForms(int fanOut) {
        return save(document -> {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var inner = form(document, new PDResources(), "0 0 m 1 1 l S\n");
            var middleResources = new PDResources();
            middleResources.put(COSName.getPDFName("Inner"), inner);
            var middle = form(document, middleResources, "/Inner Do\n".repeat(fanOut));
            var pageResources = new PDResources();
            pageResources.put(COSName.getPDFName("Middle"), middle);
            page.setResources(pageResources);
            var content = new PDStream(document);
            try (var out = content.createOutputStream(COSName.FLATE_DECODE)) {
                out.write("/Middle Do\n".repeat(fanOut).getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
        });
    }

    private static PDFormXObject form(PDDocument document, PDResources resources, String operators) throws IOException {
        var stream = new PDStream(document);
        try (var out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        var form = new PDFormXObject(stream);
        form.setResources(resources);
        form.setBBox(new PDRectangle(10, 10));
        return form;
    }

    private static void addTextPage(PDDocument document) throws IOException {
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (var content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.newLineAtOffset(72, 770);
            content.showText("Festsetzung der Grundsteuer für das Kalenderjahr 2025");
            content.endText();
        }
    }

    private static byte[] deflate(byte[] data) {
        var out = new ByteArrayOutputStream();
        try (var deflater = new DeflaterOutputStream(out)) {
            deflater.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        outer:
        for (var i = 0; i <= bytes.length - pattern.length; i++) {
            for (var j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("pattern not in the file");
    }

    private interface Content {
        void addTo(PDDocument document) throws IOException;
    }

    private static byte[] save(Content content) {
        return save(content, CompressParameters.DEFAULT_COMPRESSION);
    }

    private static byte[] save(Content content, CompressParameters compression) {
        try (var document = new PDDocument()) {
            content.addTo(document);
            var out = new ByteArrayOutputStream();
            document.save(out, compression);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package de.kommunale2030.plattform.klartext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF, read with PDFBox under limits that a hostile file cannot talk its way
 * past: inflated bytes are counted and filters whose output cannot be counted refused before
 * parsing ({@link InflatedSize}), pages by walking the page tree (its /Count
 * may lie) and the work of the content streams while it is done.
 *
 * <p>PDFBox emits no empty lines, but a notice's parts are told apart by the blank lines between
 * its blocks: a vertical gap clearly wider than the page's line spacing becomes an empty line.
 */
final class PdfText {

    /**
     * What the streams of one PDF may inflate to. A generated Bescheid of 30 pages with embedded
     * font subsets inflates to a few MiB; PDFBox holds a decoded stream in memory, and a content
     * stream of nothing but numbers costs it about ten times its size in operand objects.
     */
    private static final long INFLATED_BUDGET = 64L * 1024 * 1024;
    /**
     * Operators run, counted again for each use of a form, so that nested forms cannot multiply
     * the work. A dense page set glyph by glyph needs about 20,000; running through the budget
     * takes PDFBox well under a second.
     */
    private static final long OPERATOR_BUDGET = 1_000_000;
    /**
     * Drawing a form costs PDFBox about a hundred ordinary operators: it inflates and parses the
     * form's stream anew for each use (measured: 15–25 µs against 0.1–0.3 µs).
     */
    private static final long FORM_COST = 100;
    /**
     * Glyphs shown. 30 dense pages (45 long lines each) have 110,000 and take PDFBox about a
     * second: it spends some microseconds and keeps an object on each glyph of a page.
     */
    private static final long GLYPH_BUDGET = 250_000;
    /**
     * A gap between two baselines wider than this many line spacings is a blank line: an empty
     * line doubles the spacing, while a heading in a larger font or a little space after a
     * paragraph widens it by a fraction only.
     */
    private static final float BLANK_LINE_GAP = 1.6f;
    /** Baselines closer than this share a line (a superscript, a glyph from another font). */
    private static final float SAME_LINE = 1.5f;
    /** A page of a Bescheid has hundreds of characters; a scan's text layer is empty or a stray stamp. */
    private static final int MIN_CHARACTERS_PER_PAGE = 20;

    private PdfText() {
    }

    static boolean isPdf(byte[] content) {
        return content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D'
                && content[3] == 'F' && content[4] == '-';
    }

    /** The text of all pages in reading order, or the reason it cannot be had. */
    static String read(byte[] pdf, int maxPages) {
        switch (InflatedSize.of(pdf, INFLATED_BUDGET)) {
            case UNCOUNTABLE_FILTER -> throw UnreadableNotice.unsupportedCompression();
            case OVER_BUDGET -> throw UnreadableNotice.tooMuchContent();
            case WITHIN_BUDGET -> {
                // read on
            }
        }
        try (var document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(INFLATED_BUDGET).streamCache)) {
            return text(document, maxPages);
        } catch (InvalidPasswordException encryptedWithAUserPassword) {
            throw UnreadableNotice.encrypted();
        } catch (WorkBudgetExceeded exceeded) {
            throw UnreadableNotice.tooMuchContent();
        } catch (UnreadableNotice refused) {
            throw refused;
        } catch (IOException | RuntimeException notParseable) {
            // PDFBox answers broken structures with IOExceptions and, deeper down, with runtime exceptions
            throw UnreadableNotice.damaged();
        } catch (OutOfMemoryError heapExhausted) {
            // Catching an Error is safe here: the allocation that failed was PDFBox's work on this
            // one hostile document, nothing else holds it, and it is garbage once the document is
            // closed; letting it escape would turn a refusal into a 500 for the clerk.
            throw UnreadableNotice.tooMuchContent();
        } catch (StackOverflowError nestedTooDeep) {
            // the stack of this request's thread unwinds with the error; no shared state is left half-done
            throw UnreadableNotice.damaged();
        }
    }

    private static String text(PDDocument document, int maxPages) throws IOException {
        // an owner password alone lets PDFBox decrypt, but the author still did not mean the file to be read freely
        if (document.isEncrypted()) {
            throw UnreadableNotice.encrypted();
        }
        var pages = pageCount(document, maxPages);
        if (pages == 0) {
            throw UnreadableNotice.damaged();
        }
        var stripper = new BudgetedStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setEndPage(maxPages);
        var text = stripper.getText(document);
        if (text.codePoints().filter(c -> !Character.isWhitespace(c)).count() < (long) MIN_CHARACTERS_PER_PAGE * pages) {
            throw UnreadableNotice.withoutText();
        }
        return text;
    }

    private static int pageCount(PDDocument document, int maxPages) {
        var pages = 0;
        for (var ignored : document.getPages()) {
            if (++pages > maxPages) {
                throw UnreadableNotice.morePagesThan(maxPages);
            }
        }
        return pages;
    }

    /** Unchecked, so that PDFBox's handlers for failing operators (which swallow IOExceptions) let it through. */
    private static final class WorkBudgetExceeded extends RuntimeException {
        WorkBudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /**
     * The usual distance between neighbouring baselines of a page: the lower quartile of the gaps,
     * so that the blank lines (fewer than the lines) do not count as spacing.
     */
    static float lineSpacing(List<Float> baselines) {
        var sorted = baselines.stream().sorted().toList();
        var gaps = new ArrayList<Float>();
        for (var i = 1; i < sorted.size(); i++) {
            var gap = sorted.get(i) - sorted.get(i - 1);
            if (gap >= SAME_LINE) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return Float.NaN;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 4);
    }

    private static final class BudgetedStripper extends PDFTextStripper {

        private long operators;
        private long glyphs;
        private float lineSpacing = Float.NaN;
        private float previousBaseline = Float.NaN;
        private boolean lineStart = true;

        @Override
        protected void writePage() throws IOException {
            var baselines = new ArrayList<Float>();
            for (var article : getCharactersByArticle()) {
                for (var position : article) {
                    baselines.add(position.getYDirAdj());
                }
            }
            lineSpacing = lineSpacing(baselines);
            previousBaseline = Float.NaN;
            lineStart = true;
            super.writePage();
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            super.writeLineSeparator();
            lineStart = true;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (lineStart && !positions.isEmpty()) {
                var baseline = positions.getFirst().getYDirAdj();
                if (baseline - previousBaseline > BLANK_LINE_GAP * lineSpacing) {
                    super.writeLineSeparator();
                }
                previousBaseline = baseline;
                lineStart = false;
            }
            super.writeString(text, positions);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            operators += OperatorName.DRAW_OBJECT.equals(operator.getName()) ? FORM_COST : 1;
            if (operators > OPERATOR_BUDGET) {
                throw new WorkBudgetExceeded();
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++glyphs > GLYPH_BUDGET) {
                throw new WorkBudgetExceeded();
            }
            super.processTextPosition(text);
        }
    }
}

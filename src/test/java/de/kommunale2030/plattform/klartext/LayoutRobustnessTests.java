package de.kommunale2030.plattform.klartext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.kommunale2030.plattform.anonymization.Anonymizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts from a notice as it arrives, not as the corpus writes it: every letter of both corpora (a)
 * without its blank lines and (b) set as a printed PDF (wrapped at 85 characters, 45 lines a
 * page, blank lines as vertical space) and read back, pseudonymised as in the pipeline, must give
 * the key facts its plain text gives. The hit rates land in {@code target/klartext-evaluation/layout.txt}.
 */
class LayoutRobustnessTests {

    /** Letters whose facts are known not to survive a layout, with the reason; none at present. */
    private static final Map<String, String> KNOWN_LOSSES = Map.of();

    /** What the explanation is built on and the fact guard checks: who, how much, by when, what remedy, dated when. */
    private record KeyFacts(String authority, Money total, List<String> dueDates, List<String> remedies, LocalDate noticeDate) {

        static KeyFacts of(String pseudonymised) {
            var facts = Notice.parse(pseudonymised).facts();
            return new KeyFacts(facts.authority(), facts.total(),
                    facts.instalments().stream().map(i -> i.due() == null ? i.dueAsWritten() : i.due().toString()).toList(),
                    facts.remedies().stream().map(r -> r.kind() + " " + r.period() + " " + r.startsWith()).toList(),
                    facts.noticeDate());
        }

        List<String> differences(KeyFacts other) {
            var differences = new ArrayList<String>();
            compare(differences, "authority", authority, other.authority);
            compare(differences, "total", total, other.total);
            compare(differences, "due dates", dueDates, other.dueDates);
            compare(differences, "remedies", remedies, other.remedies);
            compare(differences, "notice date", noticeDate, other.noticeDate);
            return differences;
        }

        private static void compare(List<String> differences, String field, Object expected, Object actual) {
            if (!java.util.Objects.equals(expected, actual)) {
                differences.add("%s: expected %s, got %s".formatted(field, expected, actual));
            }
        }
    }

    @Test
    void everyLetterWithoutBlankLinesAndEveryLetterReadFromItsPdfYieldsTheFactsOfItsPlainText() throws IOException {
        var documents = new NoticeDocuments();
        var withoutBlankLines = evaluate(text -> text.lines().filter(line -> !line.isBlank()).collect(Collectors.joining("\n")));
        var fromPdf = evaluate(text -> documents.text(TestPdfs.ofLetter(text), "x.pdf"));

        var report = new StringBuilder();
        report.append(withoutBlankLines.report("(a) without blank lines"));
        report.append(fromPdf.report("(b) printed as PDF and read back"));
        Files.createDirectories(Path.of("target/klartext-evaluation"));
        Files.writeString(Path.of("target/klartext-evaluation/layout.txt"), report);

        assertThat(withoutBlankLines.letters()).isEqualTo(55);
        assertThat(withoutBlankLines.unexpectedMisses()).as(report.toString()).isEmpty();
        assertThat(fromPdf.unexpectedMisses()).as(report.toString()).isEmpty();
    }

    @Test
    void aPdfLetterKeepsItsBlankLinesAndItsWrappedLinesAreJoinedToSentences() {
        var letter = CorpusLetters.byId("grundsteuer-01");
        var read = new NoticeDocuments().text(TestPdfs.ofLetter(letter.text()), "x.pdf");
        var notice = Notice.parse(new Anonymizer().pseudonymise(read).text());

        assertThat(read.lines().filter(String::isBlank).count())
                .isEqualTo(letter.text().lines().filter(String::isBlank).count());
        assertThat(read.lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(TestPdfs.LETTER_LINE_WIDTH);
        assertThat(notice.facts().decision()).isEqualTo(Notice.parse(letter.pseudonymised()).facts().decision());
    }

    @Test
    void aLetterWithOneLinePerParagraphIsNotTakenForWrappedText() {
        for (var letter : CorpusLetters.all()) {
            assertThat(Wrapping.unwrapped(letter.pseudonymised())).as(letter.id()).isEqualTo(letter.pseudonymised());
        }
    }

    @Test
    void joinsTheLinesOfAWrappedParagraphButKeepsListItemsLabelLinesHeadingsAndTableRowsApart() {
        var paragraph = "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. "
                + "Der Widerspruch ist schriftlich oder zur Niederschrift bei der Gemeinde Rottensee einzulegen.";
        var payment = "Bitte überweisen Sie den Betrag von 472,01 € bis spätestens zum 15.02.2025 auf das Konto der "
                + "Gemeindekasse Rottensee bei der Kreissparkasse Ludwigsburg unter Angabe des Kassenzeichens.";
        var lines = new ArrayList<String>();
        lines.add("Grundsteuermessbetrag laut Messbescheid des Finanzamts vom 14.06.2024: 269,72 €");
        lines.add("Jahressteuer nach dem Hebesatz der Gemeinde Rottensee für das Jahr 2025: 472,01 €");
        lines.add("Kassenzeichen: 1.0412.000873.5");
        lines.addAll(TestPdfs.wrapped(payment, 85));
        lines.add("1. Ein Widerspruch hat keine aufschiebende Wirkung.");
        lines.add("Rechtsbehelfsbelehrung");
        lines.addAll(TestPdfs.wrapped(paragraph, 85));
        var text = String.join("\n", lines);

        var joined = Wrapping.unwrapped(text);

        assertThat(joined).hasSameSizeAs(text);
        assertThat(joined.lines().toList()).containsExactly(lines.get(0), lines.get(1), lines.get(2), payment,
                "1. Ein Widerspruch hat keine aufschiebende Wirkung.", "Rechtsbehelfsbelehrung", paragraph);
    }

    @Test
    void aWrappedTextOfTwoHundredThousandCharactersIsParsedQuickly() {
        var wrapped = String.join("\n", TestPdfs.wrapped(
                "Widerspruch kann innerhalb eines Monats nach Bekanntgabe beim Amt erhoben werden und ".repeat(2_400), 85));
        var started = System.nanoTime();

        assertThat(wrapped.length()).isGreaterThan(200_000);
        assertThat(Wrapping.unwrapped(wrapped)).doesNotContain("\n");
        Notice.parse(wrapped).facts();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(2));
    }

    private record Evaluation(int letters, List<String> misses, List<String> unexpectedMisses) {

        String report(String variant) {
            var hits = letters - misses.size();
            var text = new StringBuilder("%s: %d/%d letters = %.1f %%%n".formatted(variant, hits, letters, 100.0 * hits / letters));
            misses.forEach(miss -> text.append("  MISS ").append(miss).append('\n'));
            return text.toString();
        }
    }

    private static Evaluation evaluate(Function<String, String> arrival) {
        var anonymizer = new Anonymizer();
        var misses = new ArrayList<String>();
        var unexpected = new ArrayList<String>();
        var letters = CorpusLetters.all();
        for (var letter : letters) {
            var expected = KeyFacts.of(letter.pseudonymised());
            var actual = KeyFacts.of(anonymizer.pseudonymise(arrival.apply(letter.text())).text());
            var differences = expected.differences(actual);
            if (!differences.isEmpty()) {
                var known = KNOWN_LOSSES.get(letter.id());
                misses.add(letter.id() + " " + differences + (known == null ? "" : " (known: " + known + ")"));
                if (known == null) {
                    unexpected.add(letter.id() + " " + differences);
                }
            }
        }
        return new Evaluation(letters.size(), misses, unexpected);
    }
}

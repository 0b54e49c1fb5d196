package de.kommunale2030.plattform.klartext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Map;

import de.kommunale2030.plattform.anonymization.Policy;
import org.junit.jupiter.api.Test;

/**
 * The targets on every letter of both corpora, through the whole built-in pipeline
 * (anonymise → understand → explain → put back): the annotated amount, each due date and the
 * remedy period appear in the explanation; the explanation scores Amstad ≥ 60 and ≥ 95 % of its
 * sentences have at most 15 words. The figures land in {@code target/klartext-evaluation/klartext.txt}.
 */
class KlartextCorpusTests {

    private static final Map<String, Period> PERIODS = Map.of("ein Monat", Period.ofMonths(1), "zwei Wochen", Period.ofWeeks(2));
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    @Test
    void everyExplanationStatesTheAnnotatedFactsInPlainGerman() throws IOException {
        var klartext = new Klartext();
        var misses = new ArrayList<String>();
        int amounts = 0;
        int dueDates = 0;
        int periods = 0;
        int sentences = 0;
        int shortSentences = 0;
        var amstad = new ArrayList<Double>();
        var report = new StringBuilder("%-38s %7s %7s %7s%n".formatted("letter", "Amstad", "≤15", "engine"));
        for (var letter : CorpusLetters.all()) {
            var result = klartext.explain(letter.text(), Policy.NONE, new Deadlines(4, letter.land()), false);
            var text = result.explanation().text();
            var said = Mentions.in(text);
            var expected = letter.facts();
            if (!expected.get("amount_due").isNull()) {
                amounts++;
                var amount = Mentions.in(expected.get("amount_due").asString()).amounts();
                if (amount.isEmpty() || !said.amounts().containsAll(amount)) {
                    misses.add(letter.id() + ": amount " + expected.get("amount_due").asString());
                }
            }
            for (var due : expected.get("due_dates")) {
                dueDates++;
                var written = due.asString();
                var date = parse(written);
                if (date == null ? !text.contains(written) : !said.dates().contains(date)) {
                    misses.add(letter.id() + ": due date " + written);
                }
            }
            if (!expected.get("remedy_period").isNull()) {
                periods++;
                if (!said.mentions(PERIODS.get(expected.get("remedy_period").asString()))) {
                    misses.add(letter.id() + ": remedy period " + expected.get("remedy_period").asString());
                }
            }
            var readability = result.explained();
            sentences += readability.sentences();
            shortSentences += (int) Math.round(readability.shareOfShortSentences() * readability.sentences());
            amstad.add(readability.fleschAmstad());
            if (readability.fleschAmstad() < 60) {
                misses.add(letter.id() + ": Amstad " + readability.fleschAmstad());
            }
            report.append("%-38s %7.1f %6.1f%% %7s%n".formatted(letter.id(), readability.fleschAmstad(),
                    100 * readability.shareOfShortSentences(), result.engine().key()));
        }
        var share = 100.0 * shortSentences / sentences;
        report.append("amounts %d, due dates %d, remedy periods %d checked; misses %d%n".formatted(amounts, dueDates, periods,
                misses.size()));
        report.append("Amstad min %.1f mean %.1f; sentences ≤ 15 words %d/%d = %.1f %%%n".formatted(
                amstad.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                amstad.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), shortSentences, sentences, share));
        misses.forEach(miss -> report.append("MISS ").append(miss).append('\n'));
        Files.createDirectories(Path.of("target/klartext-evaluation"));
        Files.writeString(Path.of("target/klartext-evaluation/klartext.txt"), report);

        assertThat(amounts + dueDates + periods).isGreaterThan(100);
        assertThat(misses).as(report.toString()).isEmpty();
        assertThat(share).as(report.toString()).isGreaterThanOrEqualTo(95.0);
    }

    private static LocalDate parse(String written) {
        try {
            return LocalDate.parse(written, NUMERIC);
        }
        catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }
}

package de.kommunale2030.plattform.klartext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every letter of both annotated corpora, pseudonymised first as in the pipeline: the authority,
 * the amount to pay, every annotated due date and the remedy with its period must be what the
 * corpus says. The per-field hit rates land in {@code target/klartext-evaluation/facts.txt}.
 */
class FactExtractionCorpusTests {

    private static final Map<String, Period> PERIODS = Map.of("ein Monat", Period.ofMonths(1), "zwei Wochen", Period.ofWeeks(2));

    @Test
    void everyLetterOfBothCorporaYieldsItsAnnotatedAuthorityAmountDueDatesAndRemedy() throws IOException {
        var fields = List.of("authority", "amount due", "due dates", "remedy");
        var hits = new LinkedHashMap<String, Integer>();
        fields.forEach(field -> hits.put(field, 0));
        var misses = new ArrayList<String>();
        var letters = CorpusLetters.all();
        for (var letter : letters) {
            var facts = Notice.parse(letter.pseudonymised()).facts();
            var expected = letter.facts();
            check(hits, misses, letter, "authority", expected.get("authority").asString(), facts.authority());
            var amountDue = expected.get("amount_due").isNull() ? null : expected.get("amount_due").asString();
            check(hits, misses, letter, "amount due", amountDue, facts.total() == null ? null : facts.total().asWritten());
            var written = facts.instalments().stream().map(Instalment::dueAsWritten).toList();
            var dueDates = new ArrayList<String>();
            expected.get("due_dates").forEach(date -> dueDates.add(date.asString()));
            check(hits, misses, letter, "due dates", true, written.containsAll(dueDates) ? true : dueDates + " in " + written);
            check(hits, misses, letter, "remedy", remedy(expected.get("remedy").isNull() ? null : expected.get("remedy").asString(),
                    expected.get("remedy_period").isNull() ? null : PERIODS.get(expected.get("remedy_period").asString())),
                    facts.remedies().isEmpty() ? null : remedy(facts.remedies().getFirst().kind().label(), facts.remedies().getFirst().period()));
        }
        var report = new StringBuilder("Fact extraction on %d pseudonymised corpus letters%n".formatted(letters.size()));
        hits.forEach((field, hit) -> report.append("%-11s %d/%d = %.1f %%%n".formatted(field, hit, letters.size(), 100.0 * hit / letters.size())));
        misses.forEach(miss -> report.append("MISS ").append(miss).append('\n'));
        Files.createDirectories(Path.of("target/klartext-evaluation"));
        Files.writeString(Path.of("target/klartext-evaluation/facts.txt"), report);

        assertThat(letters).hasSize(55);
        assertThat(misses).as(report.toString()).isEmpty();
    }

    private static String remedy(String kind, Period period) {
        return kind == null ? null : kind + " " + period;
    }

    private static void check(Map<String, Integer> hits, List<String> misses, CorpusLetters.Letter letter, String field,
                              Object expected, Object actual) {
        if (Objects.equals(expected, actual)) {
            hits.merge(field, 1, Integer::sum);
        } else {
            misses.add("%s %s: expected %s, got %s".formatted(letter.id(), field, expected, actual));
        }
    }
}

package de.kommunale2030.plattform.klartext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accepts a language model's explanation only if it invents nothing and drops nothing that
 * matters: every amount, date, period and placeholder it mentions occurs in the notice or follows
 * from the facts (a computed deadline), and every key fact — the total, each due date, each remedy with
 * its period, each computed last day — is mentioned. Anything else falls back to the built-in
 * explanation, with the reason recorded.
 */
final class FactGuard {

    /** Why an answer was refused; names what kind of fact, never its value. */
    enum Refusal {
        NO_STRUCTURE, INVENTED_AMOUNT, INVENTED_DATE, INVENTED_PERIOD, UNKNOWN_PLACEHOLDER, MISSING_AMOUNT, MISSING_DUE_DATE,
        MISSING_REMEDY, MISSING_PERIOD, MISSING_DEADLINE
    }

    private FactGuard() {
    }

    static Optional<Refusal> check(String answer, Facts facts, List<ObjectionDeadline> deadlines, String notice) {
        var said = Mentions.in(answer);
        var source = Mentions.in(notice);
        var amounts = new HashSet<BigDecimal>(source.amounts());
        keyAmounts(facts).forEach(amounts::add);
        var dates = new HashSet<LocalDate>(source.dates());
        for (var deadline : deadlines) {
            dates.add(deadline.posted());
            dates.add(deadline.announced());
            dates.add(deadline.regularEnd());
            dates.add(deadline.lastDay());
        }
        if (!amounts.containsAll(said.amounts())) {
            return Optional.of(Refusal.INVENTED_AMOUNT);
        }
        if (!dates.containsAll(said.dates())) {
            return Optional.of(Refusal.INVENTED_DATE);
        }
        // "2 Wochen" for a Widerspruch of one month is as harmful as a wrong amount
        var periods = new HashSet<Period>(source.periods());
        facts.remedies().forEach(remedy -> periods.add(remedy.period()));
        deadlines.forEach(deadline -> periods.add(Period.ofDays(deadline.daysAfterPosting())));
        if (!said.periods().stream().allMatch(period -> periods.stream().anyMatch(known -> Mentions.same(period, known)))) {
            return Optional.of(Refusal.INVENTED_PERIOD);
        }
        if (!source.placeholders().containsAll(said.placeholders())) {
            return Optional.of(Refusal.UNKNOWN_PLACEHOLDER);
        }
        return missing(said, answer, facts, deadlines);
    }

    /** The first key fact {@code explanation} does not mention, if any. */
    static Optional<Refusal> missing(Mentions said, String explanation, Facts facts, List<ObjectionDeadline> deadlines) {
        if (!said.amounts().containsAll(keyAmounts(facts))) {
            return Optional.of(Refusal.MISSING_AMOUNT);
        }
        for (var instalment : facts.instalments()) {
            var mentioned = instalment.due() != null ? said.dates().contains(instalment.due())
                    : explanation.contains(instalment.dueAsWritten());
            if (!mentioned) {
                return Optional.of(Refusal.MISSING_DUE_DATE);
            }
        }
        for (var remedy : facts.remedies()) {
            if (!explanation.contains(remedy.kind().label())) {
                return Optional.of(Refusal.MISSING_REMEDY);
            }
            if (!said.mentions(remedy.period())) {
                return Optional.of(Refusal.MISSING_PERIOD);
            }
        }
        for (var deadline : deadlines) {
            if (!said.dates().contains(deadline.lastDay())) {
                return Optional.of(Refusal.MISSING_DEADLINE);
            }
        }
        return Optional.empty();
    }

    private static Set<BigDecimal> keyAmounts(Facts facts) {
        var amounts = new HashSet<BigDecimal>();
        if (facts.total() != null) {
            amounts.add(Mentions.euros(facts.total()));
        }
        facts.instalments().stream().filter(i -> i.amount() != null).forEach(i -> amounts.add(Mentions.euros(i.amount())));
        return amounts;
    }
}

package de.kommunale2030.plattform.klartext;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

class FactGuardTests {

    private static final String NOTICE = """
            Gemeinde Rottensee
            Kassenzeichen: [AKTENZEICHEN_1]
            Datum: 20.01.2025
            Grundsteuerbescheid für das Kalenderjahr 2025
            Jahressteuer: 269,72 € × 175 % = 472,01 €
            15.02.2025: 118,01 €
            15.05.2025: 118,00 €
            Rechtsbehelfsbelehrung
            Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.
            """;

    private static final Remedy WIDERSPRUCH = new Remedy(Remedy.Kind.WIDERSPRUCH, Period.ofMonths(1),
            "innerhalb eines Monats", Remedy.Start.BEKANNTGABE, "beim Bürgermeisteramt Rottensee");
    private static final Facts FACTS = new Facts("Gemeinde Rottensee", Kind.GRUNDSTEUER, "Grundsteuerbescheid",
            LocalDate.of(2025, 1, 20), "Die Grundsteuer wird festgesetzt.", money("472.01", "472,01 €"),
            List.of(new Instalment(LocalDate.of(2025, 2, 15), "15.02.2025", money("118.01", "118,01 €")),
                    new Instalment(LocalDate.of(2025, 5, 15), "15.05.2025", money("118.00", "118,00 €"))),
            "[AKTENZEICHEN_1]", "DE92 6045 0050 5253 4062 59", List.of(WIDERSPRUCH), List.of("§ 240 AO"));
    private static final List<ObjectionDeadline> DEADLINES = List.of(
            ObjectionDeadline.of(WIDERSPRUCH, LocalDate.of(2025, 1, 20), new Deadlines(4, Land.BW)));

    private static final String COMPLETE = """
            Sie zahlen 472,01 € Grundsteuer im Jahr. Geben Sie [AKTENZEICHEN_1] an.
            Die 1. Rate ist am 15. Februar 2025 fällig: 118,01 €. Die 2. Rate am 15. Mai 2025: 118,00 €.
            Sie können Widerspruch einlegen. Sie haben dafür 1 Monat Zeit. Der letzte Tag ist der 24. Februar 2025.
            """;

    @Test
    void acceptsAnAnswerThatStatesEveryKeyFactAndInventsNothing() {
        assertThat(DEADLINES.getFirst().lastDay()).isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(FactGuard.check(COMPLETE, FACTS, DEADLINES, NOTICE)).isEmpty();
    }

    @Test
    void refusesAnInventedOrWrongAmount() {
        assertThat(FactGuard.check(COMPLETE.replace("472,01 €", "427,01 €"), FACTS, DEADLINES, NOTICE))
            .contains(FactGuard.Refusal.INVENTED_AMOUNT);
        assertThat(FactGuard.check(COMPLETE + " Dazu kommen 5,00 € Gebühr.", FACTS, DEADLINES, NOTICE))
            .contains(FactGuard.Refusal.INVENTED_AMOUNT);
    }

    @Test
    void refusesAnInventedDateAndAnUnknownPlaceholder() {
        assertThat(FactGuard.check(COMPLETE + " Bitte bis 1. März 2025 melden.", FACTS, DEADLINES, NOTICE))
            .contains(FactGuard.Refusal.INVENTED_DATE);
        assertThat(FactGuard.check(COMPLETE + " Grüße an [PERSON_7].", FACTS, DEADLINES, NOTICE))
            .contains(FactGuard.Refusal.UNKNOWN_PLACEHOLDER);
    }

    @Test
    void refusesAnotherPeriodAndAPlaceholderOfAnotherShape() {
        assertThat(FactGuard.check(COMPLETE + " Sie haben auch 2 Wochen für eine Klage.", FACTS, DEADLINES, NOTICE))
            .contains(FactGuard.Refusal.INVENTED_PERIOD);
        assertThat(FactGuard.check(COMPLETE + " Die Frist beginnt 4 Tage nach der Aufgabe zur Post.", FACTS, DEADLINES, NOTICE))
            .as("the Bekanntgabe fiction of the computation").isEmpty();
        assertThat(FactGuard.check(COMPLETE + " Guten Tag [Person_1].", FACTS, DEADLINES, NOTICE))
            .contains(FactGuard.Refusal.UNKNOWN_PLACEHOLDER);
    }

    @Test
    void refusesAnAnswerThatDropsAKeyFact() {
        assertThat(FactGuard.check(COMPLETE.replace("472,01 €", "die Steuer"), FACTS, DEADLINES, NOTICE))
            .contains(FactGuard.Refusal.MISSING_AMOUNT);
        assertThat(FactGuard.check(COMPLETE.replace("am 15. Mai 2025", "später"), FACTS, DEADLINES, NOTICE))
            .contains(FactGuard.Refusal.MISSING_DUE_DATE);
        assertThat(FactGuard.check(COMPLETE.replace("Widerspruch", "etwas"), FACTS, DEADLINES, NOTICE))
            .contains(FactGuard.Refusal.MISSING_REMEDY);
        assertThat(FactGuard.check(COMPLETE.replace("1 Monat", "etwas"), FACTS, DEADLINES, NOTICE))
            .contains(FactGuard.Refusal.MISSING_PERIOD);
        assertThat(FactGuard.check(COMPLETE.replace(" Der letzte Tag ist der 24. Februar 2025.", ""), FACTS, DEADLINES, NOTICE))
            .contains(FactGuard.Refusal.MISSING_DEADLINE);
    }

    private static Money money(String value, String written) {
        return new Money(new BigDecimal(value), written);
    }
}

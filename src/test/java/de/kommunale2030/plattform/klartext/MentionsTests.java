package de.kommunale2030.plattform.klartext;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MentionsTests {

    @Test
    void findsAmountsInTheirGermanSpellings() {
        var said = Mentions.in("Zahlen Sie 2.186,00 € bis morgen, dann 45 Euro, € 12,50 und 1.000 EUR; 3 Hunde.");
        assertThat(said.amounts()).containsExactlyInAnyOrder(new BigDecimal("2186.00"), new BigDecimal("45.00"),
                new BigDecimal("12.50"), new BigDecimal("1000.00"));
    }

    @Test
    void findsDatesNumericWrittenOutAndIso() {
        var said = Mentions.in("Datum: 20.01.2025. Zahlen Sie bis zum 15. Februar 2025 oder 1.7.2025 (2025-11-15).");
        assertThat(said.dates()).containsExactlyInAnyOrder(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 15),
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 11, 15));
    }

    @Test
    void ignoresImpossibleDatesAndVersionNumbers() {
        assertThat(Mentions.in("Am 31.02.2025 und in Version 1.2.3 und am 15. Februar").dates()).isEmpty();
    }

    @Test
    void findsPeriodsInWordsAndDigitsCountingTwoWeeksAsFourteenDays() {
        var said = Mentions.in("innerhalb eines Monats, binnen zwei Wochen, 1 Monat, in 14 Tagen");
        assertThat(said.periods()).contains(Period.ofMonths(1), Period.ofWeeks(2), Period.ofDays(14));
        assertThat(Mentions.in("binnen 14 Tagen").mentions(Period.ofWeeks(2))).isTrue();
        assertThat(Mentions.in("binnen 14 Tagen").mentions(Period.ofMonths(1))).isFalse();
    }

    @Test
    void findsPlaceholdersWithTheirSpellingSuffix() {
        assertThat(Mentions.in("Sehr geehrter Herr [PERSON_1b], Ihr Zeichen [AKTENZEICHEN_12].").placeholders())
            .containsExactlyInAnyOrder("[PERSON_1b]", "[AKTENZEICHEN_12]");
    }

    @Property(tries = 500)
    void neverFailsOnArbitraryText(@ForAll String text) {
        Mentions.in(text);
    }
}

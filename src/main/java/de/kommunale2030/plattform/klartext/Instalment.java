package de.kommunale2030.plattform.klartext;

import java.time.LocalDate;

/**
 * A payment due: {@code due} is the date when the notice names one ({@code null} for a due rule
 * such as "spätestens zwei Wochen nach Rechtskraft", which {@code dueAsWritten} then holds);
 * {@code amount} is {@code null} when the notice names a date but not the amount due on it.
 */
public record Instalment(LocalDate due, String dueAsWritten, Money amount) {

    public Instalment {
        if (dueAsWritten == null || dueAsWritten.isBlank()) {
            throw new IllegalArgumentException("An instalment needs its due date or rule as written");
        }
    }
}

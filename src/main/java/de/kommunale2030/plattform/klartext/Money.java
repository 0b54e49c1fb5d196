package de.kommunale2030.plattform.klartext;

import java.math.BigDecimal;

/**
 * An amount in euros as the notice writes it ({@code asWritten}, e.g. "2.186,00 €") and as a
 * number, so that the explanation can repeat it exactly and the fact guard can compare it.
 */
public record Money(BigDecimal euros, String asWritten) {

    public Money {
        if (euros == null || euros.signum() < 0 || asWritten == null || asWritten.isBlank()) {
            throw new IllegalArgumentException("An amount needs a non-negative value and its written form");
        }
    }
}

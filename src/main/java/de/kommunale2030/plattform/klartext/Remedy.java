package de.kommunale2030.plattform.klartext;

import java.time.Period;

/**
 * What the citizen can do against the decision, as the Rechtsbehelfsbelehrung states it (never
 * assumed: several Länder have abolished the Widerspruch for many matters).
 *
 * @param kind            Widerspruch, Klage or Einspruch
 * @param period          the period (one month, two weeks, ...)
 * @param periodAsWritten the period's words in the notice ("innerhalb eines Monats")
 * @param startsWith      the event that starts the period
 * @param where           the authority or court (with address) where it is filed, as written;
 *                        {@code null} when the notice does not say
 */
public record Remedy(Kind kind, Period period, String periodAsWritten, Start startsWith, String where) {

    public Remedy {
        if (kind == null || period == null || periodAsWritten == null || startsWith == null) {
            throw new IllegalArgumentException("A remedy needs its kind, period and start");
        }
    }

    public enum Kind {
        WIDERSPRUCH("Widerspruch"), KLAGE("Klage"), EINSPRUCH("Einspruch");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What starts the period: the (deemed) announcement or the formal delivery (Zustellung). */
    public enum Start {
        BEKANNTGABE, ZUSTELLUNG
    }
}

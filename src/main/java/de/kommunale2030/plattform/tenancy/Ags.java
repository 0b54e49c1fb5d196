package de.kommunale2030.plattform.tenancy;

import java.util.regex.Pattern;

/**
 * Amtlicher Gemeindeschlüssel: eight digits, Land (2), Regierungsbezirk (1), Kreis (2),
 * Gemeinde (3). The Land part is one of the sixteen Länder, 01 to 16.
 */
public record Ags(String value) {

    private static final Pattern FORMAT = Pattern.compile("(0[1-9]|1[0-6])[0-9]{6}");

    public Ags {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidAgs();
        }
    }

    public static Ags of(String value) {
        return new Ags(value == null ? null : value.strip());
    }

    public String land() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }

    /** An input that is not an Amtlicher Gemeindeschlüssel. */
    public static final class InvalidAgs extends IllegalArgumentException {

        InvalidAgs() {
            super("Ungültiger Amtlicher Gemeindeschlüssel: erwartet werden 8 Ziffern, beginnend mit dem Länderschlüssel 01 bis 16");
        }
    }
}

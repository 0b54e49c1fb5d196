package de.kommunale2030.plattform.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sign-in name, unique within its tenant: 3 to 64 characters of lower-case letters, digits,
 * dot, dash and underscore, starting with a letter or digit. Stored lower-case so that
 * {@code M.Weber} and {@code m.weber} cannot be two accounts.
 */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    public Username {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "Ungültiger Benutzername: 3 bis 64 Zeichen aus a-z, 0-9, Punkt, Bindestrich und Unterstrich");
        }
    }

    public static Username of(String value) {
        return new Username(value == null ? null : value.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}

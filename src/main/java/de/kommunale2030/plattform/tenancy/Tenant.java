package de.kommunale2030.plattform.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Kommune using the platform.
 */
public record Tenant(TenantId id, Ags ags, String name) {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ags, "ags");
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 200 || CONTROL.matcher(name).find()) {
            throw new IllegalArgumentException("Der Name der Kommune muss 1 bis 200 druckbare Zeichen lang sein");
        }
    }
}

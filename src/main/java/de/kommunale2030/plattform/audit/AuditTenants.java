package de.kommunale2030.plattform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.Tenant;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.stereotype.Component;

/**
 * How the audit commands name tenants and times: a Kommune by its AGS, the platform's own tenant by
 * {@code BETRIEB} (where failed sign-ins that name no known Kommune are recorded); a day as
 * {@code YYYY-MM-DD}, meaning its start in German time, or an exact instant in ISO 8601.
 */
@Component
class AuditTenants {

    static final String PLATFORM = "BETRIEB";
    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    private final Tenants tenants;

    AuditTenants(Tenants tenants) {
        this.tenants = tenants;
    }

    Optional<Tenant> find(String name) {
        if (PLATFORM.equals(name.strip().toUpperCase(Locale.ROOT))) {
            return tenants.findPlatform().flatMap(tenants::findById);
        }
        return tenants.findByAgs(Ags.of(name));
    }

    /** How commands and file names call a tenant: its AGS, or {@value #PLATFORM}. */
    static String name(Tenant tenant) {
        return tenant.ags() == null ? PLATFORM : tenant.ags().value();
    }

    static Instant time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(GERMANY).toInstant() : Instant.parse(text);
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" ist kein Datum (JJJJ-MM-TT) und kein Zeitpunkt nach ISO 8601.");
        }
    }
}

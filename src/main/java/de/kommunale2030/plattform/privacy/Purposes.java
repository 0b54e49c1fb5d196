package de.kommunale2030.plattform.privacy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The purposes accesses to personal data may name. They are a catalogue that only migrations
 * change, the same on every instance, so it is read once instead of once per request.
 */
@Component
public class Purposes {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,62}");

    private final JdbcClient jdbc;
    private volatile List<Purpose> catalogue;

    Purposes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Purpose> all() {
        var known = catalogue;
        if (known == null) {
            known = List.copyOf(jdbc.sql("SELECT key, name, legal_basis FROM privacy.purpose ORDER BY position")
                .query((rs, row) -> new Purpose(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
            catalogue = known;
        }
        return known;
    }

    /** Whether {@code text} has the shape of a purpose key (so it may stand in an audit entry). */
    public static boolean isKey(String text) {
        return text != null && KEY.matcher(text).matches();
    }

    /** The purpose with this key; empty for anything else, including malformed input. */
    public Optional<Purpose> find(String key) {
        if (!isKey(key)) {
            return Optional.empty();
        }
        return all().stream().filter(purpose -> purpose.key().equals(key)).findFirst();
    }
}

package de.kommunale2030.plattform.privacy;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The purposes accesses to personal data may name. */
@Component
public class Purposes {

    private final JdbcClient jdbc;

    Purposes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Purpose> all() {
        return jdbc.sql("SELECT key, name, legal_basis FROM privacy.purpose ORDER BY position")
            .query((rs, row) -> new Purpose(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();
    }

    /** Whether {@code text} has the shape of a purpose key (so it may stand in an audit entry). */
    public static boolean isKey(String text) {
        return text != null && text.matches("[a-z][a-z0-9-]{1,62}");
    }

    /** The purpose with this key; empty for anything else, including malformed input. */
    public Optional<Purpose> find(String key) {
        if (!isKey(key)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT key, name, legal_basis FROM privacy.purpose WHERE key = :key")
            .param("key", key)
            .query((rs, row) -> new Purpose(rs.getString(1), rs.getString(2), rs.getString(3)))
            .optional();
    }
}

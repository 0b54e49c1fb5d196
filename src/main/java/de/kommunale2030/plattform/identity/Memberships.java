package de.kommunale2030.plattform.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Org units (Ämter, Fachbereiche) for other modules' need-to-know rules: which units an account
 * belongs to, and units by key. Runs inside a transaction bound to the tenant, whose row-level
 * security admits only its own units.
 */
@Component
public class Memberships {

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units the account (or token) belongs to; a token belongs to none. */
    public Set<UUID> unitsOf(UUID account) {
        return Set.copyOf(jdbc.sql("SELECT org_unit_id FROM identity.account_org_unit WHERE account_id = :account")
            .param("account", account)
            .query(UUID.class)
            .list());
    }

    /** An org unit as other modules may show it. */
    public record Unit(UUID id, String key, String name) {
    }

    /** The named units, by name; unknown ids are left out. */
    public List<Unit> units(Set<UUID> ids) {
        return jdbc.sql("SELECT id, key, name FROM identity.org_unit WHERE id = ANY (:ids) ORDER BY name, key")
            .param("ids", ids.toArray(new UUID[0]))
            .query((rs, row) -> new Unit(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
            .list();
    }

    public Optional<UUID> unitByKey(String key) {
        if (key == null || !key.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM identity.org_unit WHERE key = :key").param("key", key).query(UUID.class).optional();
    }

    public Optional<String> keyOf(UUID unit) {
        return jdbc.sql("SELECT key FROM identity.org_unit WHERE id = :id").param("id", unit).query(String.class).optional();
    }
}

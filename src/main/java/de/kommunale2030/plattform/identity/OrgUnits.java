package de.kommunale2030.plattform.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import de.kommunale2030.plattform.tenancy.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ämter and Fachbereiche of the bound tenant, and who belongs to which.
 */
@Repository
class OrgUnits {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final JdbcClient jdbc;

    OrgUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record OrgUnit(UUID id, String key, String name) {
    }

    OrgUnit create(TenantId tenant, String key, String name) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInput("Der Schlüssel einer Organisationseinheit besteht aus a-z, 0-9 und Bindestrich.");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidInput("Der Name einer Organisationseinheit muss 1 bis 200 Zeichen lang sein.");
        }
        var unit = new OrgUnit(UUID.randomUUID(), key, name.strip());
        try {
            jdbc.sql("INSERT INTO identity.org_unit (tenant_id, id, key, name) VALUES (:tenant, :id, :key, :name)")
                .param("tenant", tenant.value())
                .param("id", unit.id())
                .param("key", unit.key())
                .param("name", unit.name())
                .update();
        }
        catch (DuplicateKeyException e) {
            throw new InvalidInput("Eine Organisationseinheit mit diesem Schlüssel gibt es bereits.");
        }
        return unit;
    }

    List<OrgUnit> all() {
        return jdbc.sql("SELECT id, key, name FROM identity.org_unit ORDER BY key")
            .query((rs, row) -> new OrgUnit(rs.getObject("id", UUID.class), rs.getString("key"), rs.getString("name")))
            .list();
    }

    /** @throws InvalidInput when a key names no unit of this tenant */
    List<UUID> idsOf(Set<String> keys) {
        Map<String, UUID> known = new java.util.HashMap<>();
        all().forEach(unit -> known.put(unit.key(), unit.id()));
        return keys.stream().map(key -> Optional.ofNullable(known.get(key))
            .orElseThrow(() -> new InvalidInput("Unbekannte Organisationseinheit: " + key))).toList();
    }

    List<String> keysOf(UUID account) {
        return jdbc.sql("""
                SELECT u.key FROM identity.account_org_unit a JOIN identity.org_unit u ON u.id = a.org_unit_id
                 WHERE a.account_id = :account ORDER BY u.key
                """).param("account", account).query(String.class).list();
    }

    void assign(TenantId tenant, UUID account, List<UUID> units) {
        jdbc.sql("DELETE FROM identity.account_org_unit WHERE account_id = :account").param("account", account).update();
        for (var unit : units) {
            jdbc.sql("""
                    INSERT INTO identity.account_org_unit (tenant_id, account_id, org_unit_id) VALUES (:tenant, :account, :unit)
                    """).param("tenant", tenant.value()).param("account", account).param("unit", unit).update();
        }
    }

    /** Input an administrator can correct; the message is German and shown as it is. */
    static final class InvalidInput extends RuntimeException {

        InvalidInput(String message) {
            super(message, null, false, false);
        }
    }
}

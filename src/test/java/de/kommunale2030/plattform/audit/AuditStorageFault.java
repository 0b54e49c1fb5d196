package de.kommunale2030.plattform.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import de.kommunale2030.plattform.audit.format.Canonical;
import de.kommunale2030.plattform.tenancy.TenantId;

/**
 * Makes audit storage fail for one tenant only, as a full disk or a broken replica would, by a
 * trigger a superuser installs for the duration of a test; other tests' tenants are unaffected.
 */
final class AuditStorageFault {

    @FunctionalInterface
    interface Superuser {
        Connection connect() throws SQLException;
    }

    private AuditStorageFault() {
    }

    static void whileFailing(Superuser superuser, TenantId tenant, Runnable during) throws SQLException {
        var name = "fail_" + Canonical.hex(Canonical.sha256(tenant.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        try (Connection connection = superuser.connect(); var statement = connection.createStatement()) {
            statement.execute("CREATE FUNCTION audit." + name + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.tenant_id = '" + tenant.value() + "' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$");
            statement.execute("CREATE TRIGGER " + name + " BEFORE INSERT ON audit.entry FOR EACH ROW EXECUTE FUNCTION audit."
                    + name + "()");
        }
        try {
            during.run();
        }
        finally {
            try (Connection connection = superuser.connect(); var statement = connection.createStatement()) {
                statement.execute("DROP TRIGGER " + name + " ON audit.entry");
                statement.execute("DROP FUNCTION audit." + name + "()");
            }
        }
    }
}

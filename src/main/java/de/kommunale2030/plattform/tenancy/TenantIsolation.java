package de.kommunale2030.plattform.tenancy;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the database catalog says about tenant separation right now: the live evidence behind the
 * promise, for the transparency page and for auditors.
 */
@Component
public class TenantIsolation {

    private final JdbcClient jdbc;

    TenantIsolation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param table           schema-qualified table name
     * @param rlsEnabled      row-level security enabled
     * @param rlsForced       row-level security forced, also for the table owner
     */
    public record TenantTable(String table, boolean rlsEnabled, boolean rlsForced) {

        public boolean protectedByRls() {
            return rlsEnabled && rlsForced;
        }
    }

    /** Every table of the platform's schemas that has a {@code tenant_id} column. */
    @Transactional(readOnly = true)
    public List<TenantTable> tenantTables() {
        return jdbc.sql("""
                SELECT n.nspname || '.' || c.relname AS table_name, c.relrowsecurity, c.relforcerowsecurity
                  FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
                 WHERE c.relkind IN ('r', 'p')
                   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                 ORDER BY 1
                """)
            .query((rs, row) -> new TenantTable(rs.getString("table_name"), rs.getBoolean("relrowsecurity"),
                    rs.getBoolean("relforcerowsecurity")))
            .list();
    }

    /**
     * The role this process's requests run as.
     *
     * @param name        role name
     * @param superuser   whether it is a superuser
     * @param bypassRls   whether it may bypass row-level security
     * @param ownedTables number of tables and views it owns
     */
    public record ApplicationRole(String name, boolean superuser, boolean bypassRls, int ownedTables) {

        public boolean restricted() {
            return !superuser && !bypassRls && ownedTables == 0;
        }
    }

    @Transactional(readOnly = true)
    public ApplicationRole applicationRole() {
        return jdbc.sql("""
                SELECT r.rolname, r.rolsuper, r.rolbypassrls,
                       (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid AND c.relkind IN ('r', 'p', 'v', 'm')) AS owned
                  FROM pg_roles r
                 WHERE r.rolname = current_user
                """)
            .query((rs, row) -> new ApplicationRole(rs.getString("rolname"), rs.getBoolean("rolsuper"),
                    rs.getBoolean("rolbypassrls"), rs.getInt("owned")))
            .single();
    }
}

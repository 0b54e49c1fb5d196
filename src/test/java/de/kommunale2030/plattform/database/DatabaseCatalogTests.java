package de.kommunale2030.plattform.database;

import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.tenancy.TenantIsolation;
import de.kommunale2030.plattform.tenancy.TenantIsolation.TenantTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads PostgreSQL's catalog to check the promises tenant separation rests on. A new table with a
 * tenant_id but without forced row-level security fails this test.
 */
class DatabaseCatalogTests extends PlatformTest {

    @Autowired
    TenantIsolation isolation;

    @Autowired
    DatabaseDescription description;

    @Test
    void everyTableWithATenantIdHasRowLevelSecurityEnabledAndForced() {
        var tables = isolation.tenantTables();
        assertThat(tables).extracting(TenantTable::table).contains("identity.account");
        assertThat(tables).allSatisfy(table -> {
            assertThat(table.rlsEnabled()).as("%s has row-level security enabled", table.table()).isTrue();
            assertThat(table.rlsForced()).as("%s has row-level security forced", table.table()).isTrue();
        });
    }

    @Test
    void everyTableWithATenantIdHasAPolicyOnTheBoundTenant() {
        var unprotected = jdbc.sql("""
                SELECT n.nspname || '.' || c.relname
                  FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
                 WHERE c.relkind IN ('r', 'p')
                   AND NOT EXISTS (SELECT 1 FROM pg_policy p
                                    WHERE p.polrelid = c.oid
                                      AND pg_get_expr(p.polqual, p.polrelid) LIKE '%current_tenant_id()%'
                                      AND pg_get_expr(p.polwithcheck, p.polrelid) LIKE '%current_tenant_id()%')
                """).query(String.class).list();
        assertThat(unprotected).isEmpty();
    }

    @Test
    void theApplicationRoleOwnsNothingIsNoSuperuserAndCannotBypassRowLevelSecurity() {
        var role = isolation.applicationRole();
        assertThat(role.name()).isEqualTo(description.applicationRole());
        assertThat(role.superuser()).isFalse();
        assertThat(role.bypassRls()).isFalse();
        assertThat(role.ownedTables()).isZero();
        assertThat(role.restricted()).isTrue();
    }

    @Test
    void theApplicationRoleOwnsNoSchemaAndCannotCreateObjects() {
        var ownedSchemas = jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)")
            .query(Long.class)
            .single();
        assertThat(ownedSchemas).isZero();
        var canCreate = jdbc.sql("""
                SELECT bool_or(has_schema_privilege(current_user, nspname, 'CREATE'))
                  FROM pg_namespace WHERE nspname IN ('public', 'tenancy', 'identity')
                """).query(Boolean.class).single();
        assertThat(canCreate).isFalse();
        var canCreateDatabaseOrRole = jdbc.sql("SELECT rolcreatedb OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
            .query(Boolean.class)
            .single();
        assertThat(canCreateDatabaseOrRole).isFalse();
    }

    @Test
    void theApplicationRoleIsNotTheMigrationRoleAndCannotAssumeIt() {
        assertThat(description.applicationRole()).isNotEqualTo(description.migrationRole());
        var member = jdbc.sql("SELECT pg_has_role(current_user, :owner, 'MEMBER')")
            .param("owner", description.migrationRole())
            .query(Boolean.class)
            .single();
        assertThat(member).isFalse();
    }

    @Test
    void theEmbeddedServerIsDurableAndListensOnLoopbackOnly() {
        assertThat(description.embedded()).isTrue();
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
        var address = jdbc.sql("SELECT host(inet_server_addr())").query(String.class).single();
        assertThat(address).isEqualTo("127.0.0.1");
    }

    @Test
    void theServerRequiresPasswordsEvenOnLoopback() {
        var port = jdbc.sql("SELECT inet_server_port()").query(Integer.class).single();
        var url = "jdbc:postgresql://127.0.0.1:" + port + "/k2030";
        for (var user : java.util.List.of("postgres", description.applicationRole(), description.migrationRole())) {
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, user, "not-the-password").close())
                .as("login as %s with a wrong password", user)
                .isInstanceOf(java.sql.SQLException.class)
                .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void theEmbeddedServerTrustsNobody() throws java.io.IOException {
        var rules = java.nio.file.Files.readAllLines(DATA_DIRECTORY.resolve("postgres/pg_hba.conf"))
            .stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
        assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"));
        assertThat(DATA_DIRECTORY.resolve("postgres.initpw")).doesNotExist();
    }
}

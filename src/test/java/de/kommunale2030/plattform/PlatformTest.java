package de.kommunale2030.plattform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.function.Supplier;

import de.kommunale2030.plattform.identity.TenantOnboarding;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the full-application tests: the real platform over HTTPS on a random port with its
 * embedded PostgreSQL in a temporary data directory. All subclasses share one application context
 * and therefore one database; tests create their own tenants with fresh AGS values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PlatformTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TransactionTemplate transactions;

    @Autowired
    protected TenantOnboarding onboarding;

    @Autowired
    protected TenantTransactions tenantTransactions;

    @Autowired
    protected javax.sql.DataSource dataSource;

    @Autowired
    protected de.kommunale2030.plattform.tenancy.Tenants tenants;

    protected static final Path DATA_DIRECTORY = createDataDirectory();

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry registry) {
        registry.add("k2030.data-dir", DATA_DIRECTORY::toString);
        // few connections for many threads: the pooled isolation test depends on reuse
        registry.add("k2030.database.pool-size", () -> "3");
        // every test client comes from 127.0.0.1; ClientThrottleTests checks the limit itself
        registry.add("k2030.identity.client-attempts", () -> "1000000");
        // retention tests prune themselves and must not find the scheduled job ahead of them
        registry.add("k2030.audit.prune-every", () -> "3650d");
    }

    /**
     * A Kommune registered without onboarding: no administrator and, unlike an onboarded one, an
     * empty audit chain, for tests that count entries from 1.
     */
    protected TenantId bareTenant(String name) {
        var tenant = new de.kommunale2030.plattform.tenancy.Tenant(TenantId.random(),
                de.kommunale2030.plattform.tenancy.Ags.of(freshAgs()), name);
        tenantTransactions.runAs(tenant.id(), () -> tenants.register(tenant));
        return tenant.id();
    }

    /** A database administrator at work: triggers disabled for the session, all rows visible. */
    protected void asSuperuser(String sql, TenantId tenant) throws java.sql.SQLException {
        try (var connection = superuser()) {
            connection.createStatement().execute("SET session_replication_role = replica");
            try (var statement = connection.prepareStatement(sql)) {
                statement.setObject(1, tenant.value());
                statement.executeUpdate();
            }
        }
    }

    private static Path createDataDirectory() {
        try {
            return Files.createTempDirectory("k2030-test-");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code work} in a transaction bound to {@code tenant}, as a signed-in request would. */
    protected <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return tenantTransactions.callAs(tenant, work);
    }

    /**
     * A connection as the embedded server's superuser, for tests that play a database administrator
     * who bypasses every grant, trigger and row-level policy.
     */
    protected java.sql.Connection superuser() throws java.sql.SQLException {
        var url = ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl();
        var password = de.kommunale2030.plattform.secrets.SecretStore.inDirectory(DATA_DIRECTORY.resolve("secrets"))
            .getOrCreate("db-superuser");
        return java.sql.DriverManager.getConnection(url, "postgres", password);
    }

    /** An AGS no other test has used in this run: Land 09 (Bayern) and a counter. */
    protected static String freshAgs() {
        return TestAgs.next();
    }
}

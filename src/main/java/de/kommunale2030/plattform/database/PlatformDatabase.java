package de.kommunale2030.plattform.database;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import de.kommunale2030.plattform.database.DatabaseEndpoint.Credentials;
import de.kommunale2030.plattform.secrets.SecretStore;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves where the platform's database is, prepares its roles when the platform runs its own
 * server, and migrates the module schemas as the migration role.
 */
final class PlatformDatabase implements AutoCloseable {

    static final String DATABASE = "k2030";
    static final String MIGRATION_ROLE = "k2030_owner";
    static final String APPLICATION_ROLE = "k2030_app";

    private static final Logger log = LoggerFactory.getLogger(PlatformDatabase.class);

    private final DatabaseEndpoint endpoint;
    private final EmbeddedPostgresServer embedded;

    private PlatformDatabase(DatabaseEndpoint endpoint, EmbeddedPostgresServer embedded) {
        this.endpoint = endpoint;
        this.embedded = embedded;
    }

    static PlatformDatabase open(DatabaseSettings settings, SecretStore secrets) {
        if (settings.external()) {
            return new PlatformDatabase(externalEndpoint(settings), null);
        }
        var server = EmbeddedPostgresServer.startOrAttach(settings.embedded(), secrets.getOrCreate("db-superuser"));
        try {
            var endpoint = new DatabaseEndpoint(server.jdbcUrl(DATABASE),
                    new Credentials(APPLICATION_ROLE, secrets.getOrCreate("db-app")),
                    new Credentials(MIGRATION_ROLE, secrets.getOrCreate("db-owner")), true);
            if (server.owner()) {
                prepareRoles(server, endpoint);
            }
            return new PlatformDatabase(endpoint, server);
        }
        catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static DatabaseEndpoint externalEndpoint(DatabaseSettings settings) {
        requireSet(settings.user(), "K2030_DB_USER");
        requireSet(settings.password(), "K2030_DB_PASSWORD");
        requireSet(settings.migrationUser(), "K2030_DB_MIGRATION_USER");
        requireSet(settings.migrationPassword(), "K2030_DB_MIGRATION_PASSWORD");
        if (settings.user().equals(settings.migrationUser())) {
            throw new IllegalStateException(
                    "K2030_DB_USER must be a role of its own, not the migration role that owns the tables");
        }
        return new DatabaseEndpoint(settings.url(), new Credentials(settings.user(), settings.password()),
                new Credentials(settings.migrationUser(), settings.migrationPassword()), false);
    }

    private static void requireSet(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " must be set when K2030_DB_URL names an external PostgreSQL");
        }
    }

    /**
     * The same statements an operator runs once on an external server (docs/operations.md), made
     * idempotent and re-applied at every start so that the roles can never drift into privileges
     * they must not have.
     */
    private static void prepareRoles(EmbeddedPostgresServer server, DatabaseEndpoint endpoint) {
        try (var connection = server.superuserDataSource("postgres").getConnection();
                var statement = connection.createStatement()) {
            statement.execute(createRoleIfMissing(MIGRATION_ROLE));
            statement.execute(createRoleIfMissing(APPLICATION_ROLE));
            statement.execute("ALTER ROLE " + MIGRATION_ROLE
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD "
                    + EmbeddedPostgresServer.literal(endpoint.migration().password()));
            statement.execute("ALTER ROLE " + APPLICATION_ROLE
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD "
                    + EmbeddedPostgresServer.literal(endpoint.application().password()));
            try (var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + MIGRATION_ROLE
                            + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
            statement.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            statement.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + APPLICATION_ROLE);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the database roles", e);
        }
        try (var connection = server.superuserDataSource(DATABASE).getConnection();
                var statement = connection.createStatement()) {
            statement.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the platform database", e);
        }
    }

    private static String createRoleIfMissing(String role) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE "
                + role + " NOLOGIN; END IF; END $$";
    }

    /**
     * Runs each module's migrations in its own schema with its own history table. The migration
     * role's connections exist only for the duration of this call.
     */
    void migrate(List<ModuleSchema> schemas) {
        schemas.stream().sorted(Comparator.comparingInt(ModuleSchema::order)).forEach(schema -> {
            var result = Flyway.configure()
                .dataSource(endpoint.jdbcUrl(), endpoint.migration().user(), endpoint.migration().password())
                .schemas(schema.name())
                .defaultSchema(schema.name())
                .createSchemas(true)
                .locations(schema.migrationLocation())
                .failOnMissingLocations(true)
                .placeholders(Map.of("appRole", endpoint.application().user()))
                .load()
                .migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Schema {}: {} migration(s) applied, now at version {}", schema.name(),
                        result.migrationsExecuted, result.targetSchemaVersion);
            }
        });
    }

    DatabaseEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}

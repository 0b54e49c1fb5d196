package de.kommunale2030.plattform.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param url               JDBC URL of an external PostgreSQL; blank means embedded
 * @param user              application role of the external database
 * @param password          its password
 * @param migrationUser     the role that owns the schema in the external database
 * @param migrationPassword its password
 * @param poolSize          maximum connections of the application pool
 * @param embedded          settings of the embedded server
 */
@ConfigurationProperties("k2030.database")
record DatabaseSettings(String url, String user, String password, String migrationUser, String migrationPassword,
        @DefaultValue("10") int poolSize, Embedded embedded) {

    boolean external() {
        return url != null && !url.isBlank();
    }

    /**
     * @param directory        PostgreSQL data directory (also holds the unix socket)
     * @param runtimeDirectory where the PostgreSQL binaries are unpacked
     * @param startupTimeout   how long to wait for the server to accept connections
     */
    record Embedded(Path directory, Path runtimeDirectory, @DefaultValue("60s") Duration startupTimeout) {
    }
}

package de.kommunale2030.plattform.secrets;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory where secret files live; created with owner-only permissions
 */
@ConfigurationProperties("k2030.secrets")
record SecretsSettings(Path directory) {
}

package de.kommunale2030.plattform.crypto;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param masterKeyDirectory where the file master key provider keeps {@code master-key-v<N>}; every
 *                           instance of an installation needs the same files
 * @param backupRetention    how long the oldest backup or WAL archive that may still be restored is
 *                           kept: a master key version is destroyed only once its successor is
 *                           older than this ({@code crypto retire-master})
 */
@ConfigurationProperties("k2030.crypto")
record CryptoSettings(Path masterKeyDirectory, @DefaultValue("35d") Duration backupRetention) {
}

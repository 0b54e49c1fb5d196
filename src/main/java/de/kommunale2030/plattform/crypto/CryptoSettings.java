package de.kommunale2030.plattform.crypto;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param masterKeyDirectory where the file master key provider keeps {@code master-key-v<N>}; every
 *                           instance of an installation needs the same files
 */
@ConfigurationProperties("k2030.crypto")
record CryptoSettings(Path masterKeyDirectory) {
}

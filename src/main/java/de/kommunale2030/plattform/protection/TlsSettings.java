package de.kommunale2030.plattform.protection;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keystore           a PKCS#12 keystore with the server's key and certificate chain; blank
 *                           means a self-signed certificate for localhost is generated
 * @param keystorePassword   its password
 * @param generatedDirectory where the generated keystore is kept
 * @param protocols          enabled TLS versions
 * @param cipherSuites       enabled cipher suites
 * @param namedGroups        key-exchange groups offered, in order of preference
 * @param hstsMaxAge         max-age of the Strict-Transport-Security header
 */
@ConfigurationProperties("k2030.tls")
record TlsSettings(Path keystore, String keystorePassword, Path generatedDirectory,
        @DefaultValue("TLSv1.3") List<String> protocols,
        @DefaultValue({ "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256" }) List<String> cipherSuites,
        @DefaultValue({ "secp384r1", "secp256r1", "secp521r1", "ffdhe3072", "ffdhe4096" }) List<String> namedGroups,
        @DefaultValue("365d") Duration hstsMaxAge) {
}

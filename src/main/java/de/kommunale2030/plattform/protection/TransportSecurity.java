package de.kommunale2030.plattform.protection;

import java.time.Instant;
import java.util.List;

/**
 * The HTTPS settings the server runs with, as facts for the transparency page and auditors.
 *
 * @param protocols             enabled protocol versions
 * @param cipherSuites          enabled cipher suites, in order of preference
 * @param generatedCertificate  whether the platform generated a self-signed certificate itself
 * @param certificateValidUntil end of the server certificate's validity
 * @param hstsMaxAgeSeconds     Strict-Transport-Security max-age sent on every response
 */
public record TransportSecurity(List<String> protocols, List<String> cipherSuites, boolean generatedCertificate,
        Instant certificateValidUntil, long hstsMaxAgeSeconds) {

    public TransportSecurity {
        protocols = List.copyOf(protocols);
        cipherSuites = List.copyOf(cipherSuites);
    }
}

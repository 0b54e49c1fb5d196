package de.kommunale2030.plattform.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import de.kommunale2030.plattform.database.DatabaseDescription;
import de.kommunale2030.plattform.protection.TransportSecurity;
import de.kommunale2030.plattform.tenancy.TenantIsolation;
import de.kommunale2030.plattform.tenancy.TenantIsolation.ApplicationRole;
import de.kommunale2030.plattform.tenancy.TenantIsolation.TenantTable;

/**
 * What the page "Datenschutz & Sicherheit" states, gathered from the running system at the time
 * of the request.
 *
 * @param protocols             enabled TLS versions in display form ("TLS 1.3")
 * @param cipherSuites          enabled cipher suites
 * @param connectionProtocol    protocol of the visitor's own connection, if the server reports it
 * @param connectionCipher      cipher suite of the visitor's own connection, if reported
 * @param hstsDays              HSTS max-age in days
 * @param generatedCertificate  whether a self-signed certificate is in use
 * @param certificateValidUntil certificate end date
 * @param tenantTables          number of tables holding tenant data
 * @param protectedTenantTables those of them with row-level security enabled and forced
 * @param applicationRole       the database role requests run as and its privileges
 * @param embeddedDatabase      whether PostgreSQL runs embedded in the data directory
 * @param hosting               the operator's statements
 */
record PrivacyFacts(List<String> protocols, List<String> cipherSuites, String connectionProtocol,
        String connectionCipher, long hstsDays, boolean generatedCertificate, LocalDate certificateValidUntil,
        int tenantTables, int protectedTenantTables, ApplicationRole applicationRole, boolean embeddedDatabase,
        HostingSettings hosting) {

    static PrivacyFacts gather(TransportSecurity transport, TenantIsolation isolation, DatabaseDescription database,
            HostingSettings hosting, String connectionProtocol, String connectionCipher) {
        var tables = isolation.tenantTables();
        return new PrivacyFacts(transport.protocols().stream().map(PrivacyFacts::displayProtocol).toList(),
                transport.cipherSuites(), displayProtocol(connectionProtocol), connectionCipher,
                transport.hstsMaxAgeSeconds() / 86_400, transport.generatedCertificate(),
                LocalDate.ofInstant(transport.certificateValidUntil(), ZoneOffset.UTC), tables.size(),
                (int) tables.stream().filter(TenantTable::protectedByRls).count(), isolation.applicationRole(),
                database.embedded(), hosting);
    }

    public boolean allTenantTablesProtected() {
        return tenantTables > 0 && tenantTables == protectedTenantTables;
    }

    private static String displayProtocol(String protocol) {
        return protocol == null ? null : protocol.replace("TLSv", "TLS ");
    }
}

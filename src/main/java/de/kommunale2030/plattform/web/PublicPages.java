package de.kommunale2030.plattform.web;

import jakarta.servlet.http.HttpServletRequest;
import de.kommunale2030.plattform.database.DatabaseDescription;
import de.kommunale2030.plattform.protection.TransportSecurity;
import de.kommunale2030.plattform.tenancy.TenantIsolation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages anybody may see without signing in.
 */
@Controller
@ConditionalOnWebApplication
class PublicPages {

    /** Tomcat's request attribute with the negotiated protocol of the current TLS connection. */
    private static final String TLS_PROTOCOL_ATTRIBUTE = "org.apache.tomcat.util.net.secure_protocol_version";
    private static final String TLS_CIPHER_ATTRIBUTE = "jakarta.servlet.request.cipher_suite";

    private final TransportSecurity transport;
    private final TenantIsolation isolation;
    private final DatabaseDescription database;
    private final HostingSettings hosting;

    PublicPages(TransportSecurity transport, TenantIsolation isolation, DatabaseDescription database,
            HostingSettings hosting) {
        this.transport = transport;
        this.isolation = isolation;
        this.database = database;
        this.hosting = hosting;
    }

    @GetMapping("/")
    String start() {
        return "start";
    }

    @GetMapping("/datenschutz")
    String privacy(HttpServletRequest request, Model model) {
        model.addAttribute("facts", PrivacyFacts.gather(transport, isolation, database, hosting,
                (String) request.getAttribute(TLS_PROTOCOL_ATTRIBUTE), (String) request.getAttribute(TLS_CIPHER_ATTRIBUTE)));
        return "datenschutz";
    }
}

package de.kommunale2030.plattform.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

/**
 * The 401 problem documents the identity filters answer with, outside of Spring MVC. They are
 * fixed German texts; no request data goes into them.
 */
enum Unauthorized {

    SESSION_EXPIRED, TOKEN_INVALID;

    void respond(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(switch (this) {
            case SESSION_EXPIRED -> "{\"type\":\"about:blank\",\"title\":\"Sitzung abgelaufen\",\"status\":401,"
                    + "\"detail\":\"Ihre Sitzung ist abgelaufen. Bitte melden Sie sich neu an.\"}";
            case TOKEN_INVALID -> "{\"type\":\"about:blank\",\"title\":\"Token ungültig\",\"status\":401,"
                    + "\"detail\":\"Das Token ist unbekannt, abgelaufen oder widerrufen.\"}";
        });
    }
}

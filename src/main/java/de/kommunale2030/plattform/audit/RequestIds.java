package de.kommunale2030.plattform.audit;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id of its own, returned as {@code X-Request-Id} and written into each audit
 * entry of the request, so a clerk's support call and the log meet. Ids sent by clients are ignored:
 * they could be chosen to collide or to carry data.
 */
class RequestIds extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIds.class.getName();

    static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? id : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var id = UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        }
        catch (AuditUnavailable unavailable) {
            // thrown by a filter (a token's use could not be recorded), where no controller advice applies
            if (response.isCommitted()) {
                throw unavailable;
            }
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Protokollierung nicht möglich\",\"status\":503,"
                    + "\"detail\":\"Die Aktion wurde nicht ausgeführt, weil sie nicht protokolliert werden konnte.\"}");
        }
    }
}

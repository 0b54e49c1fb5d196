package de.kommunale2030.plattform.audit;

import java.util.Map;
import java.util.regex.Pattern;

import de.kommunale2030.plattform.identity.Acting;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every read of a signed-in caller before it happens: a GET or HEAD handled by a controller
 * writes {@code api.read} (JSON API) or {@code page.read} (pages) with the route's last fixed
 * segment as resource type and its last path variable as resource id ({@code all} for a list). If the entry cannot be
 * written, the read fails (fail-closed). Controllers marked {@link AuditsItself} (the audit API and
 * pages among them) record their own, more specific entries; the
 * sign-in steps under {@code /api/v1/session} read no tenant data.
 */
class ReadAuditing implements HandlerInterceptor {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");

    private final AuditLog log;

    ReadAuditing(AuditLog log) {
        this.log = log;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || method.getBeanType().isAnnotationPresent(AuditsItself.class)
                || request.getRequestURI().startsWith("/api/v1/session")) {
            return true;
        }
        Acting.current().ifPresent(acting -> {
            var route = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
            var event = AuditEvent.of(acting.tenant(), Actor.current(), route.startsWith("/api/") ? "api.read" : "page.read",
                    Outcome.ALLOWED);
            var type = lastFixedSegment(route);
            var id = lastVariable(request, route);
            log.record(type == null ? event : event.on(type, id == null ? "all" : id));
        });
        return true;
    }

    /** {@code /api/v1/users/{id}} → {@code users}; absent for a route without a key-shaped segment. */
    static String lastFixedSegment(String route) {
        var segments = route.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (KEY.matcher(segments[i]).matches()) {
                return segments[i];
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static String lastVariable(HttpServletRequest request, String route) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || variables.isEmpty()) {
            return null;
        }
        var name = route.substring(route.lastIndexOf('{') + 1, route.lastIndexOf('}'));
        var value = ((Map<String, String>) variables).get(name);
        // ids only: a value that is no id (a probe, a name) is not written into the log
        return AuditEvent.isId(value) ? value : "invalid";
    }
}

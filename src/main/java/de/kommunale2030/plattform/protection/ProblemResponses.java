package de.kommunale2030.plattform.protection;

import java.io.IOException;
import java.util.LinkedHashMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers refused requests: a browser asking for a page gets the German error page, every other
 * client an RFC 9457 problem document with a German title. Neither reveals whether the path exists.
 */
final class ProblemResponses {

    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    ProblemResponses(JsonMapper json, ApplicationEventPublisher events) {
        this.json = json;
        this.events = events;
    }

    AuthenticationEntryPoint authenticationRequired() {
        return (request, response, exception) -> respond(request, response, HttpStatus.UNAUTHORIZED,
                "Anmeldung erforderlich", "Für diese Anfrage ist eine Anmeldung erforderlich.");
    }

    /**
     * A sign-in that is not complete yet (password change or second factor pending) is no
     * sign-in: such requests are answered like anonymous ones.
     */
    AccessDeniedHandler accessDenied() {
        return (request, response, exception) -> {
            if (exception instanceof CsrfException && multipartTooLarge(request)) {
                // a page form carries its token in the body, which was too large to be read at all
                respond(request, response, HttpStatus.CONTENT_TOO_LARGE, "Datei zu groß",
                        "Die Anfrage ist zu groß, um gelesen zu werden; Dateien dürfen höchstens 10 MiB groß sein.");
                return;
            }
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            var signedIn = authentication != null && authentication.isAuthenticated();
            if (signedIn) {
                events.publishEvent(new AccessRefused(request.getMethod(), exception instanceof CsrfException));
            }
            if (exception instanceof CsrfException) {
                respond(request, response, HttpStatus.FORBIDDEN, "Sicherheitsmerkmal fehlt",
                        "Der Anfrage fehlt ein gültiges CSRF-Token.");
                return;
            }
            if (!signedIn) {
                authenticationRequired().commence(request, response, null);
                return;
            }
            respond(request, response, HttpStatus.FORBIDDEN, "Zugriff verweigert", "Für diese Anfrage fehlt die Berechtigung.");
        };
    }

    private void respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        if (wantsPage(request)) {
            response.sendError(status.value());
            return;
        }
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** Tomcat reports a multipart body beyond the configured limits as an IllegalStateException from getParts(). */
    private static boolean multipartTooLarge(HttpServletRequest request) {
        var type = request.getContentType();
        if (type == null || !type.regionMatches(true, 0, "multipart/", 0, 10)) {
            return false;
        }
        try {
            request.getParts();
            return false;
        }
        catch (IllegalStateException tooLarge) {
            return true;
        }
        catch (IOException | ServletException unreadable) {
            return false;
        }
    }

    private static boolean wantsPage(HttpServletRequest request) {
        var accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !request.getRequestURI().startsWith("/api/");
    }
}

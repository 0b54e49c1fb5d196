package de.kommunale2030.plattform.identity;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import de.kommunale2030.plattform.identity.SecurityEvents.TokenRefused;
import de.kommunale2030.plattform.identity.SecurityEvents.TokenUsed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer k2030_…} requests of machine clients. A presented
 * token that is not valid ends the request with 401; it never falls back to anonymous access.
 * Not a bean: it runs only inside the security chain, where {@code protection} places it.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenFilter(ApiTokens tokens, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var presented = authorization.substring(7).strip();
        var authentication = tokens.authenticate(presented);
        if (authentication.isEmpty()) {
            var ids = ApiTokens.parts(presented);
            events.publishEvent(new TokenRefused(ids.map(p -> p[0]).orElse(null), ids.map(p -> p[1]).orElse(null),
                    clock.instant()));
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            Unauthorized.TOKEN_INVALID.respond(response);
            return;
        }
        events.publishEvent(new TokenUsed(authentication.get().tenant().value(), authentication.get().actor(), clock.instant()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}

package de.kommunale2030.plattform.identity;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import de.kommunale2030.plattform.tenancy.TenantContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security for every request: ends sessions older than the absolute timeout,
 * and binds the tenant of the signed-in person or token for the rest of the request, so that
 * every transaction the request starts sees that tenant's rows only.
 */
@Component
@ConditionalOnWebApplication
class SignedInRequests extends OncePerRequestFilter {

    private final SignInSessions sessions;
    private final Clock clock;

    SignedInRequests(SignInSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var signIn = sessions.current();
        if (signIn.isPresent() && signIn.get().deadline().isBefore(clock.instant())) {
            sessions.end(request);
            Unauthorized.SESSION_EXPIRED.respond(response);
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof TenantBound bound) || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            TenantContext.runAs(bound.tenant(), () -> {
                try {
                    chain.doFilter(request, response);
                }
                catch (IOException | ServletException e) {
                    throw new FilterFailure(e);
                }
            });
        }
        catch (FilterFailure failure) {
            if (failure.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failure.getCause();
        }
    }

    private static final class FilterFailure extends RuntimeException {

        FilterFailure(Exception cause) {
            super(cause);
        }
    }
}

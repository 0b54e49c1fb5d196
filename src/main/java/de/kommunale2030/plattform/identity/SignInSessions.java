package de.kommunale2030.plattform.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Keeps the sign-in in the server-side session: a new session id whenever the sign-in advances
 * (no session fixation), the tenant's idle timeout, and ending every other session of an account.
 */
@Component
@ConditionalOnWebApplication
class SignInSessions {

    private static final String PENDING_SECRET = "k2030.identity.pending-mfa-secret";

    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final SecretBox secretBox;

    SignInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, SecretBox secretBox) {
        this.sessions = sessions;
        this.secretBox = secretBox;
    }

    /**
     * Keeps the TOTP secret handed out for enrolment until it is confirmed, sealed: the session
     * table never holds it in clear.
     */
    void keepPendingSecret(HttpServletRequest request, PlatformAuthentication signingIn, byte[] secret) {
        request.getSession().setAttribute(PENDING_SECRET, secretBox.seal(secret, pendingData(signingIn)));
    }

    Optional<byte[]> pendingSecret(HttpServletRequest request, PlatformAuthentication signingIn) {
        return Optional.ofNullable((byte[]) request.getSession().getAttribute(PENDING_SECRET))
            .map(sealed -> secretBox.open(sealed, pendingData(signingIn)));
    }

    void forgetPendingSecret(HttpServletRequest request) {
        request.getSession().removeAttribute(PENDING_SECRET);
    }

    private static String pendingData(PlatformAuthentication signingIn) {
        return "session.pending-mfa-secret|" + signingIn.tenant() + "|" + signingIn.account();
    }

    Optional<PlatformAuthentication> current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PlatformAuthentication signIn
                ? Optional.of(signIn) : Optional.empty();
    }

    /** Whoever acts in this request and has completed authentication: a person or a token. */
    Optional<TenantBound> actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof TenantBound bound && authentication.isAuthenticated() ? Optional.of(bound)
                : Optional.empty();
    }

    void store(PlatformAuthentication signIn, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true).setMaxInactiveInterval((int) signIn.idleTimeout().toSeconds());
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    void end(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    /** Ends every session of an account. */
    void endSessionsOf(java.util.UUID account) {
        sessions.findByPrincipalName(account.toString()).keySet().forEach(sessions::deleteById);
    }

    /** Ends every session of the account except the one of this request. */
    void endOtherSessions(PlatformAuthentication signIn, HttpServletRequest request) {
        var current = request.getSession(false);
        sessions.findByPrincipalName(signIn.getName())
            .keySet()
            .stream()
            .filter(id -> current == null || !id.equals(current.getId()))
            .forEach(sessions::deleteById);
    }
}

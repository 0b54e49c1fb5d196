package de.kommunale2030.plattform.identity;

import java.util.List;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-in API: {@code /api/v1/session} and {@code /api/v1/me}.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/v1")
class SessionApi {

    private final SignIn signIn;
    private final SignInSessions sessions;
    private final AccountOverview overview;

    SessionApi(SignIn signIn, SignInSessions sessions, AccountOverview overview) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.overview = overview;
    }

    record CsrfResponse(String headerName, String token) {
    }

    record SignInRequest(String tenant, String username, String password) {

        @Override
        public String toString() {
            return "SignInRequest[tenant=" + tenant + "]";
        }
    }

    record PasswordRequest(String newPassword) {

        @Override
        public String toString() {
            return "PasswordRequest[…]";
        }
    }

    record OwnPasswordRequest(String currentPassword, String newPassword) {

        @Override
        public String toString() {
            return "OwnPasswordRequest[…]";
        }
    }

    record CodeRequest(String code) {

        @Override
        public String toString() {
            return "CodeRequest[…]";
        }
    }

    record Status(String status) {
    }

    record EnrolmentResponse(String secret, String otpauthUri) {
    }

    record EnrolledResponse(String status, List<String> recoveryCodes) {
    }

    record TenantView(String ags, String name) {
    }

    record Me(String username, TenantView tenant, List<String> roles, List<String> permissions) {
    }

    @GetMapping("/session/csrf")
    CsrfResponse csrf(CsrfToken token, HttpServletRequest request) {
        request.getSession(true);
        return new CsrfResponse(token.getHeaderName(), token.getToken());
    }

    @PostMapping("/session")
    Status signIn(@RequestBody SignInRequest body, HttpServletRequest request, HttpServletResponse response) {
        var started = signIn.withPassword(body.tenant(), body.username(), body.password(), request.getRemoteAddr());
        sessions.store(started, request, response);
        return new Status(started.stage().name());
    }

    @PostMapping("/session/password")
    Status changePassword(@RequestBody PasswordRequest body, HttpServletRequest request, HttpServletResponse response) {
        var current = sessions.current().orElse(null);
        var next = signIn.changePassword(current, body.newPassword());
        // before the id changes: the stored session still has the id this request came with
        sessions.endOtherSessions(next, request);
        sessions.store(next, request, response);
        return new Status(next.stage().name());
    }

    @PostMapping("/session/mfa/enrollment")
    EnrolmentResponse startEnrolment(HttpServletRequest request) {
        var current = sessions.current().orElse(null);
        var enrolment = signIn.startEnrolment(current);
        sessions.keepPendingSecret(request, current, enrolment.secret());
        return new EnrolmentResponse(Base32.encode(enrolment.secret()), enrolment.otpauthUri());
    }

    @PostMapping("/session/mfa/enrollment/confirm")
    EnrolledResponse confirmEnrolment(@RequestBody CodeRequest body, HttpServletRequest request,
            HttpServletResponse response) {
        var current = sessions.current().orElseThrow(SignIn.WrongSignInStage::new);
        var enrolled = signIn.confirmEnrolment(current, sessions.pendingSecret(request, current), body.code());
        sessions.forgetPendingSecret(request);
        sessions.store(enrolled.authentication(), request, response);
        return new EnrolledResponse(SignInStage.AUTHENTICATED.name(), enrolled.recoveryCodes());
    }

    @PostMapping("/session/mfa")
    Status secondFactor(@RequestBody CodeRequest body, HttpServletRequest request, HttpServletResponse response) {
        var authenticated = signIn.withSecondFactor(sessions.current().orElse(null), body.code());
        sessions.store(authenticated, request, response);
        return new Status(authenticated.stage().name());
    }

    @DeleteMapping("/session")
    ResponseEntity<Void> signOut(HttpServletRequest request) {
        sessions.end(request);
        return ResponseEntity.noContent().build();
    }

    /** Changes the signed-in person's password and ends all their other sessions. */
    @PostMapping("/me/password")
    ResponseEntity<Void> changeOwnPassword(@RequestBody OwnPasswordRequest body, HttpServletRequest request,
            HttpServletResponse response) {
        var current = sessions.current().filter(PlatformAuthentication::isAuthenticated).orElseThrow(SignInRefused::refused);
        signIn.changeOwnPassword(current, body.currentPassword(), body.newPassword());
        sessions.endOtherSessions(current, request);
        sessions.store(current, request, response);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    Me me() {
        var me = overview.of(sessions.current().orElseThrow(SignInRefused::refused));
        return new Me(me.username().value(), new TenantView(me.ags(), me.tenantName()),
                me.roles().stream().map(Role::name).toList(), me.permissions());
    }


}

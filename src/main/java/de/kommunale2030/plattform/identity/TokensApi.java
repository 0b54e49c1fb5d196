package de.kommunale2030.plattform.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens for {@code token:manage}: {@code /api/v1/tokens}. A token is shown once, when issued.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/v1/tokens")
class TokensApi {

    private final ApiTokens tokens;
    private final SignInSessions sessions;

    TokensApi(ApiTokens tokens, SignInSessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    record IssueToken(String serviceAccount, Set<String> scopes, Instant expiresAt) {
    }

    @PostMapping
    ResponseEntity<ApiTokens.Issued> issue(@RequestBody IssueToken body) {
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(tokens.issue(admin(), body.serviceAccount(), body.scopes(), body.expiresAt()));
    }

    @GetMapping
    List<ApiTokens.TokenView> all() {
        return tokens.all();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        return tokens.revoke(admin(), id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    private PlatformAuthentication admin() {
        return sessions.current().filter(PlatformAuthentication::isAuthenticated).orElseThrow(SignInRefused::refused);
    }
}

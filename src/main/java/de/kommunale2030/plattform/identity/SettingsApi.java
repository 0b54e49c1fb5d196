package de.kommunale2030.plattform.identity;

import java.time.Duration;


import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's session limits for {@code settings:manage}: {@code /api/v1/settings/sessions}.
 * New limits apply to sign-ins from then on.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/v1/settings/sessions")
class SettingsApi {

    private final SessionPolicies policies;
    private final SignInSessions sessions;
    private final TransactionTemplate transactions;

    SettingsApi(SessionPolicies policies, SignInSessions sessions, TransactionTemplate transactions) {
        this.policies = policies;
        this.sessions = sessions;
        this.transactions = transactions;
    }

    record SessionSettings(long idleMinutes, long absoluteMinutes) {
    }

    @GetMapping
    SessionSettings current() {
        var policy = transactions.execute(status -> policies.current());
        return new SessionSettings(policy.idle().toMinutes(), policy.absolute().toMinutes());
    }

    @PutMapping
    SessionSettings change(@RequestBody SessionSettings body) {
        var actor = sessions.actor().orElseThrow(SignInRefused::refused);
        transactions.executeWithoutResult(status -> policies.change(actor, Duration.ofMinutes(body.idleMinutes()),
                Duration.ofMinutes(body.absoluteMinutes())));
        return current();
    }

}

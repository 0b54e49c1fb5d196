package de.kommunale2030.plattform.identity;

import java.time.Clock;
import java.util.EnumSet;

import de.kommunale2030.plattform.tenancy.TenantTransactions;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates accounts of the platform's operators in the reserved platform tenant. Only the command
 * line on the server does this: whoever can run it operates the installation anyway.
 */
@Service
public class OperatorOnboarding {

    private final Tenants tenants;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final TenantTransactions transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OperatorOnboarding(Tenants tenants, Accounts accounts, PasswordEncoder passwords, TenantTransactions transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.tenants = tenants;
        this.accounts = accounts;
        this.passwords = passwords;
        this.transactions = transactions;
    }

    /** An operator with a one-time initial password. */
    public record Operator(Username username, String initialPassword) {

        @Override
        public String toString() {
            return "Operator[" + username + "]";
        }
    }

    /**
     * @throws IllegalArgumentException when an operator with this name exists already
     */
    public Operator create(Username username) {
        var platform = tenants.platform();
        var initialPassword = InitialPasswords.generate();
        var hash = passwords.encode(initialPassword);
        try {
            transactions.runAs(platform, () -> {
                var account = accounts.create(platform, username, null, hash, EnumSet.of(Role.PLATTFORM_BETRIEB));
                events.publishEvent(new SecurityEvents.OperatorCreated(platform.value(), account, clock.instant()));
            });
        }
        catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("Ein Betriebskonto mit diesem Benutzernamen existiert bereits");
        }
        return new Operator(username, initialPassword);
    }
}

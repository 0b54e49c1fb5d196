package de.kommunale2030.plattform.identity;

import java.time.Clock;
import java.util.UUID;

import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.Tenant;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates a tenant together with its first administrator in one transaction: either both exist
 * afterwards or neither does.
 */
@Service
public class TenantOnboarding {

    private final Tenants tenants;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final TenantTransactions transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TenantOnboarding(Tenants tenants, Accounts accounts, PasswordEncoder passwords, TenantTransactions transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.passwords = passwords;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Onboarding at the command line.
     *
     * @throws de.kommunale2030.plattform.tenancy.TenantAlreadyExists when the AGS is taken
     */
    public OnboardedTenant onboard(Ags ags, String name, Username admin) {
        return onboard(ags, name, admin, null);
    }

    /**
     * @param operator the operator's account, {@code null} at the command line
     * @throws de.kommunale2030.plattform.tenancy.TenantAlreadyExists when the AGS is taken
     */
    OnboardedTenant onboard(Ags ags, String name, Username admin, UUID operator) {
        var tenant = new Tenant(TenantId.random(), ags, name);
        var initialPassword = InitialPasswords.generate();
        var hash = passwords.encode(initialPassword);
        // bound before the transaction begins, so the account row is written under row-level security
        return transactions.callAs(tenant.id(), () -> {
            tenants.register(tenant);
            var account = accounts.create(tenant.id(), admin, null, hash, java.util.EnumSet.of(Role.MANDANTEN_ADMIN));
            // published inside the transaction: the Kommune exists only together with its first audit entries
            events.publishEvent(new SecurityEvents.TenantOnboarded(tenant.id().value(), account, operator, clock.instant()));
            return new OnboardedTenant(tenant, admin, initialPassword);
        });
    }
}

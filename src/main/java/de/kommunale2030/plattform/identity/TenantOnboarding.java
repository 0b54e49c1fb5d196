package de.kommunale2030.plattform.identity;

import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.Tenant;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import de.kommunale2030.plattform.tenancy.Tenants;
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

    TenantOnboarding(Tenants tenants, Accounts accounts, PasswordEncoder passwords, TenantTransactions transactions) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.passwords = passwords;
        this.transactions = transactions;
    }

    /**
     * @throws de.kommunale2030.plattform.tenancy.TenantAlreadyExists when the AGS is taken
     */
    public OnboardedTenant onboard(Ags ags, String name, Username admin) {
        var tenant = new Tenant(TenantId.random(), ags, name);
        var initialPassword = InitialPasswords.generate();
        var hash = passwords.encode(initialPassword);
        // bound before the transaction begins, so the account row is written under row-level security
        return transactions.callAs(tenant.id(), () -> {
            tenants.register(tenant);
            accounts.create(tenant.id(), admin, null, hash, java.util.EnumSet.of(Role.MANDANTEN_ADMIN));
            return new OnboardedTenant(tenant, admin, initialPassword);
        });
    }
}

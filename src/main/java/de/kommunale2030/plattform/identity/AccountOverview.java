package de.kommunale2030.plattform.identity;

import java.util.List;

import de.kommunale2030.plattform.tenancy.Tenant;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.stereotype.Component;

/**
 * What a signed-in person sees about themselves ({@code /api/v1/me}, "Mein Konto").
 */
@Component
class AccountOverview {

    static final String PLATFORM_NAME = "Plattform-Betrieb";

    private final Tenants tenants;
    private final Accounts accounts;
    private final TenantTransactions transactions;

    AccountOverview(Tenants tenants, Accounts accounts, TenantTransactions transactions) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    /**
     * @param ags        the Kommune's AGS; null for the platform's operators
     * @param tenantName the Kommune's name, or "Plattform-Betrieb"
     */
    record Overview(Username username, String ags, String tenantName, List<Role> roles, List<String> permissions) {
    }

    Overview of(PlatformAuthentication signedIn) {
        if (!signedIn.isAuthenticated()) {
            throw SignInRefused.refused();
        }
        var tenant = tenants.findById(signedIn.tenant());
        if (tenant.isEmpty() && !tenants.findPlatform().filter(signedIn.tenant()::equals).isPresent()) {
            throw SignInRefused.refused();
        }
        var account = transactions.callAs(signedIn.tenant(), () -> accounts.findById(signedIn.account()))
            .orElseThrow(SignInRefused::refused);
        return new Overview(account.username(), tenant.map(t -> t.ags().value()).orElse(null),
                tenant.map(Tenant::name).orElse(PLATFORM_NAME), signedIn.roles().stream().sorted().toList(),
                signedIn.getAuthorities().stream().map(Object::toString).sorted().toList());
    }
}

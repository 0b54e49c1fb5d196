package de.kommunale2030.plattform.identity;

import java.util.List;

import de.kommunale2030.plattform.tenancy.Tenant;
import de.kommunale2030.plattform.tenancy.TenantContext;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a signed-in person sees about themselves ({@code /api/v1/me}, "Mein Konto").
 */
@Component
class AccountOverview {

    private final Tenants tenants;
    private final Accounts accounts;
    private final TransactionTemplate transactions;

    AccountOverview(Tenants tenants, Accounts accounts, TransactionTemplate transactions) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    record Overview(Username username, Tenant tenant, List<Role> roles, List<String> permissions) {
    }

    Overview of(PlatformAuthentication signedIn) {
        if (!signedIn.isAuthenticated()) {
            throw SignInRefused.refused();
        }
        var tenant = tenants.findById(signedIn.tenant()).orElseThrow(SignInRefused::refused);
        var account = TenantContext.callAs(signedIn.tenant(),
                () -> transactions.execute(status -> accounts.findById(signedIn.account())))
            .orElseThrow(SignInRefused::refused);
        return new Overview(account.username(), tenant, signedIn.roles().stream().sorted().toList(),
                signedIn.getAuthorities().stream().map(Object::toString).sorted().toList());
    }
}

package de.kommunale2030.plattform.tenancy;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in one transaction bound to a tenant: the tenant is bound first, so the transaction
 * manager's first statement binds it in PostgreSQL and row-level security admits only its rows.
 */
@Component
public class TenantTransactions {

    private final TransactionTemplate transactions;

    TenantTransactions(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    public <T> T callAs(TenantId tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> transactions.execute(status -> work.get()));
    }

    public void runAs(TenantId tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }
}

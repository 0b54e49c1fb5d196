package de.kommunale2030.plattform.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tenant the current thread works for. Every transaction started while a tenant is bound sees
 * that tenant's rows only; a transaction started with none bound sees no tenant rows.
 * <p>
 * The binding is scoped: it exists only for the duration of {@link #callAs} and is restored
 * afterwards, so a pooled thread can never carry a tenant into the next request.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Runs {@code action} for {@code tenant}.
     *
     * @throws IllegalStateException when a transaction for another tenant (or none) is already
     *                               running on this thread: its rows are bound to that tenant,
     *                               and switching inside it would silently mix tenants
     */
    public static <T> T callAs(TenantId tenant, Supplier<T> action) {
        Objects.requireNonNull(tenant, "tenant");
        var previous = CURRENT.get();
        if (!tenant.equals(previous) && TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The tenant cannot change inside a running transaction");
        }
        CURRENT.set(tenant);
        try {
            return action.get();
        }
        finally {
            if (previous == null) {
                CURRENT.remove();
            }
            else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(TenantId tenant, Runnable action) {
        callAs(tenant, () -> {
            action.run();
            return null;
        });
    }
}

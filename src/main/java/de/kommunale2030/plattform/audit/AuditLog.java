package de.kommunale2030.plattform.audit;

import java.util.List;

import de.kommunale2030.plattform.tenancy.TenantTransactions;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records what happens to tenant data. Called inside the transaction of the action it records, the
 * entry commits with the action or not at all; called outside one, it commits on its own. Either
 * way a failure to record throws {@link AuditUnavailable}, so the action fails too (fail-closed).
 */
@Component
public class AuditLog {

    private final ChainWriter chain;
    private final Checkpoints checkpoints;
    private final AuditKeys keys;
    private final TenantTransactions transactions;
    private final WrittenHeads heads;

    AuditLog(ChainWriter chain, Checkpoints checkpoints, AuditKeys keys, TenantTransactions transactions,
            WrittenHeads heads) {
        this.chain = chain;
        this.heads = heads;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.transactions = transactions;
    }

    public void record(AuditEvent event) {
        recordAll(List.of(event));
    }

    /** Several entries of one tenant under one lock: for jobs and bulk actions. */
    public void recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        var tenant = events.getFirst().tenant();
        if (events.stream().anyMatch(event -> !event.tenant().equals(tenant))) {
            throw new IllegalArgumentException("One call records entries of one tenant");
        }
        var request = currentRequest();
        var requestId = request == null ? null : RequestIds.of(request);
        var client = request == null ? null : keys.pseudonymise(request.getRemoteAddr());
        try {
            transactions.runAs(tenant, () -> {
                var head = chain.lock(tenant);
                var written = chain.append(tenant, head, events, requestId, client);
                heads.remember(tenant, written.getLast().entry().seq(), written.getLast().hash());
                checkpoints.afterAppend(tenant, written);
            });
        }
        catch (DataAccessException | TransactionException e) {
            throw new AuditUnavailable(e);
        }
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}

package de.kommunale2030.plattform.audit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import de.kommunale2030.plattform.audit.format.Canonical;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The newest entry this instance committed per tenant, kept in memory to check the database before
 * a checkpoint seals it: someone who rewrote the entries after the last checkpoint, hashes
 * recomputed, would otherwise get the rewrite signed. Detection only; nothing depends on it for
 * correctness, and each instance checks what it wrote itself.
 */
@Component
class WrittenHeads {

    private record Head(long seq, byte[] hash) {
    }

    private record Stored(byte[] hash, long first) {
    }

    private final Map<TenantId, Head> heads = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    WrittenHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers the entry once the running transaction has committed it. */
    void remember(TenantId tenant, long seq, byte[] hash) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                heads.merge(tenant, new Head(seq, hash.clone()), (old, now) -> now.seq() > old.seq() ? now : old);
            }
        });
    }

    /**
     * @return the sequence number of the entry this instance wrote that the database no longer holds as
     *         written; must run in a transaction bound to the tenant
     */
    Optional<Long> contradicted(TenantId tenant) {
        var head = heads.get(tenant);
        if (head == null) {
            return Optional.empty();
        }
        var stored = jdbc.query("""
                SELECT (SELECT hash FROM audit.entry WHERE tenant_id = ? AND seq = ?),
                       (SELECT min(seq) FROM audit.entry WHERE tenant_id = ?)""", rs -> {
            rs.next();
            var first = rs.getLong(2);
            return new Stored(rs.getBytes(1), rs.wasNull() ? 0 : first);
        }, tenant.value(), head.seq(), tenant.value());
        if (stored.hash() == null && head.seq() < stored.first()) {
            // pruned after its retention period; verification checks that the pruning was recorded
            heads.remove(tenant, head);
            return Optional.empty();
        }
        return stored.hash() != null && Canonical.same(stored.hash(), head.hash()) ? Optional.empty() : Optional.of(head.seq());
    }
}

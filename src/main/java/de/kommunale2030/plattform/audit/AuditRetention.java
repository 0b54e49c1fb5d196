package de.kommunale2030.plattform.audit;

import java.util.Optional;
import java.util.stream.Stream;

import de.kommunale2030.plattform.tenancy.Tenant;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How long a tenant keeps its audit entries, and the removal of older ones. Entries go only up to a
 * signed checkpoint whose entry has outlived the retention period; that checkpoint stays and
 * anchors the rest of the chain, and the removal is itself recorded as {@code audit.prune} naming
 * the anchor, which verification requires. The database function {@code audit.prune} does the
 * deleting and checks the period again, so the application cannot remove younger entries.
 */
@Component
class AuditRetention {

    static final String PRUNE_ACTION = "audit.prune";
    static final String ANCHOR_RESOURCE = "audit-entry";
    static final int MINIMUM_MONTHS = ChainVerification.MINIMUM_RETENTION_MONTHS;
    static final int MAXIMUM_MONTHS = 360;

    /** One removal holds the tenant's chain lock while it deletes; this bounds how long writers wait. */
    private static final long MOST_ENTRIES_PER_STEP = 100_000;

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcTemplate jdbc;
    private final ChainWriter chain;
    private final AuditLog audit;
    private final Tenants tenants;
    private final TenantTransactions transactions;

    AuditRetention(JdbcTemplate jdbc, ChainWriter chain, AuditLog audit, Tenants tenants, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.audit = audit;
        this.tenants = tenants;
        this.transactions = transactions;
    }

    /** The tenant's retention period and how far its chain has been pruned. */
    record Policy(int months, long prunedUpTo) {
    }

    /** The outcome of one removal: entries up to and including {@code anchor} are gone. */
    record Pruned(long anchor, long removed) {
    }

    Policy policy(TenantId tenant) {
        return transactions.callAs(tenant, () -> jdbc.query("""
                SELECT audit.retention_months(?),
                       coalesce((SELECT min(seq) - 1 FROM audit.entry WHERE tenant_id = ?), 0)""", rs -> {
            rs.next();
            return new Policy(rs.getInt(1), rs.getLong(2));
        }, tenant.value(), tenant.value()));
    }

    /**
     * Sets the retention period, recorded as {@code audit.retention.changed} with the new period
     * (an ISO 8601 duration such as {@code P24M}) as the resource.
     */
    Policy change(TenantId tenant, Actor actor, int months) {
        if (months < MINIMUM_MONTHS || months > MAXIMUM_MONTHS) {
            throw new IllegalArgumentException("Die Aufbewahrungsfrist des Protokolls muss zwischen " + MINIMUM_MONTHS
                    + " und " + MAXIMUM_MONTHS + " Monaten liegen.");
        }
        transactions.runAs(tenant, () -> {
            jdbc.update("""
                    INSERT INTO audit.retention (tenant_id, keep_months) VALUES (?, ?)
                    ON CONFLICT (tenant_id) DO UPDATE SET keep_months = excluded.keep_months""", tenant.value(), months);
            audit.record(AuditEvent.of(tenant, actor, "audit.retention.changed", Outcome.ALLOWED)
                .on("audit-retention", "P" + months + "M"));
        });
        return policy(tenant);
    }

    /**
     * Removes every entry that has outlived the retention period and lies before a checkpoint, in
     * steps of at most {@value #MOST_ENTRIES_PER_STEP} entries, each its own transaction.
     *
     * @return the last removal, if there was anything to remove
     */
    Optional<Pruned> prune(TenantId tenant, Actor actor) {
        Optional<Pruned> last = Optional.empty();
        for (var step = pruneStep(tenant, actor); step.isPresent(); step = pruneStep(tenant, actor)) {
            last = step;
        }
        return last;
    }

    private Optional<Pruned> pruneStep(TenantId tenant, Actor actor) {
        return transactions.callAs(tenant, () -> {
            var anchor = eligibleAnchor(tenant);
            if (anchor.isEmpty()) {
                return Optional.empty();
            }
            // the lock first, then the anchor again: another instance may have pruned meanwhile
            chain.lock(tenant);
            anchor = eligibleAnchor(tenant);
            if (anchor.isEmpty()) {
                return Optional.empty();
            }
            var removed = jdbc.queryForObject("SELECT audit.prune(?, ?, ?)", Long.class, tenant.value(),
                    ChainWriter.LOCK_SPACE, anchor.get());
            audit.record(AuditEvent.of(tenant, actor, PRUNE_ACTION, Outcome.ALLOWED).on(ANCHOR_RESOURCE, anchor.get()));
            return Optional.of(new Pruned(anchor.get(), removed == null ? 0 : removed));
        });
    }

    /**
     * Among the checkpoints whose entry has outlived the retention period: the newest at most
     * {@value #MOST_ENTRIES_PER_STEP} entries after the current start of the chain, or, if checkpoints
     * are sparser than that, the oldest.
     */
    private Optional<Long> eligibleAnchor(TenantId tenant) {
        return jdbc.query("""
                WITH chain AS (SELECT min(seq) AS first FROM audit.entry WHERE tenant_id = ?)
                SELECT c.seq FROM audit.checkpoint AS c
                JOIN audit.entry AS e ON e.tenant_id = c.tenant_id AND e.seq = c.seq
                CROSS JOIN chain
                WHERE c.tenant_id = ? AND e.occurred_at < now() - make_interval(months => audit.retention_months(?))
                ORDER BY CASE WHEN c.seq < chain.first + ? THEN -c.seq ELSE c.seq END LIMIT 1""",
                rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty(), tenant.value(), tenant.value(),
                tenant.value(), MOST_ENTRIES_PER_STEP);
    }

    /**
     * Runs every {@code k2030.audit.prune-every} on every instance (AuditConfiguration); the chain lock
     * and the check under it make one instance do each removal.
     */
    void pruneExpired() {
        Stream.concat(tenants.all().stream().map(Tenant::id), tenants.findPlatform().stream()).forEach(tenant -> {
            try {
                prune(tenant, Actor.system()).ifPresent(pruned -> log.info(
                        "Audit entries of tenant {} up to {} removed after their retention period", tenant, pruned.anchor()));
            }
            catch (RuntimeException e) {
                log.warn("Pruning the audit log of tenant {} failed: {}", tenant, e.getClass().getSimpleName());
            }
        });
    }
}

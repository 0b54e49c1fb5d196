package de.kommunale2030.plattform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import de.kommunale2030.plattform.audit.format.Checkpoint;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import de.kommunale2030.plattform.tenancy.Tenant;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Signs checkpoints: at every multiple of {@code checkpointEveryEntries} in a chain, and for every
 * chain that received entries since its last checkpoint at least every {@code checkpointEvery}.
 * Each checkpoint goes into the database with the entries it covers and, once committed, into the
 * checkpoint file.
 */
@Component
class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final JdbcTemplate jdbc;
    private final ChainWriter chain;
    private final AuditKeys keys;
    private final CheckpointFile file;
    private final AuditSettings settings;
    private final Tenants tenants;
    private final TenantTransactions transactions;
    private final Clock clock;
    private final WrittenHeads heads;

    Checkpoints(JdbcTemplate jdbc, ChainWriter chain, AuditKeys keys, CheckpointFile file, AuditSettings settings,
            Tenants tenants, TenantTransactions transactions, Clock clock, WrittenHeads heads) {
        this.jdbc = jdbc;
        this.heads = heads;
        this.chain = chain;
        this.keys = keys;
        this.file = file;
        this.settings = settings;
        this.tenants = tenants;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Called under the tenant's lock right after an append: signs each multiple of the interval it reached. */
    void afterAppend(TenantId tenant, List<ChainWriter.Written> written) {
        var every = settings.checkpointEveryEntries();
        for (var entry : written) {
            if (entry.entry().seq() % every == 0) {
                sign(tenant, entry.entry().seq(), entry.hash());
            }
        }
    }

    /**
     * Signs a checkpoint for every chain whose newest entry is not covered and whose last checkpoint is
     * older than {@code checkpointEvery}. Every instance runs this; the tenant lock and the check under
     * it make sure a chain gets one checkpoint, not one per instance.
     */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void signOverdue() {
        Stream.concat(tenants.all().stream().map(Tenant::id), tenants.findPlatform().stream()).forEach(tenant -> {
            try {
                transactions.runAs(tenant, () -> signIfOverdue(tenant));
            }
            catch (RuntimeException e) {
                log.warn("Audit checkpoint for tenant {} failed: {}", tenant, e.getClass().getSimpleName());
            }
        });
    }

    /** Must run in a transaction bound to {@code tenant}. */
    Optional<Checkpoint> signIfOverdue(TenantId tenant) {
        var head = chain.lock(tenant);
        var last = jdbc.query("SELECT seq, signed_at FROM audit.checkpoint WHERE tenant_id = ? ORDER BY seq DESC LIMIT 1",
                rs -> rs.next() ? new Signed(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()) : null,
                tenant.value());
        if (head.seq() <= (last == null ? 0L : last.seq())) {
            return Optional.empty();
        }
        if (last != null && last.at().plus(settings.checkpointEvery()).isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(sign(tenant, head.seq(), head.hash()));
    }

    /** The checkpoints of a tenant by sequence number; must run in a transaction bound to it. */
    TreeMap<Long, Checkpoint> all(TenantId tenant) {
        var all = new TreeMap<Long, Checkpoint>();
        jdbc.query("SELECT seq, hash, signed_at, key_id, signature FROM audit.checkpoint WHERE tenant_id = ? ORDER BY seq",
                rs -> {
                    all.put(rs.getLong("seq"), new Checkpoint(tenant.value(), rs.getLong("seq"), rs.getBytes("hash"),
                            rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("key_id"),
                            rs.getBytes("signature")));
                }, tenant.value());
        return all;
    }

    private record Signed(long seq, Instant at) {
    }

    /**
     * Signs, unless this instance finds an entry it wrote changed: then it first appends an
     * {@code audit.tamper-suspected} entry and signs that one, so the finding is sealed into the chain
     * instead of the rewrite being sealed silently.
     */
    private Checkpoint sign(TenantId tenant, long seq, byte[] hash) {
        var changed = heads.contradicted(tenant);
        if (changed.isEmpty()) {
            return signUnchecked(tenant, seq, hash);
        }
        log.error("Audit chain of tenant {} no longer holds entry {} as this instance wrote it: possible tampering",
                tenant, changed.get());
        var written = chain.append(tenant, chain.lock(tenant), List.of(AuditEvent.of(tenant, Actor.system(),
                "audit.tamper-suspected", Outcome.FAILED).on("audit-entry", changed.get())), null, null);
        var last = written.getLast();
        heads.remember(tenant, last.entry().seq(), last.hash());
        return signUnchecked(tenant, last.entry().seq(), last.hash());
    }

    private Checkpoint signUnchecked(TenantId tenant, long seq, byte[] hash) {
        var checkpoint = Checkpoint.sign(tenant.value(), seq, hash, clock.instant(), keys.signingKey());
        jdbc.update("INSERT INTO audit.checkpoint (tenant_id, seq, hash, signed_at, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)",
                tenant.value(), seq, hash, OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC),
                checkpoint.keyId(), checkpoint.signature());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    file.append(checkpoint);
                }
                catch (RuntimeException e) {
                    // the checkpoint is committed and signed; verification reports the file as incomplete
                    log.error("Audit checkpoint {} of tenant {} could not be written to the checkpoint file: {}",
                            seq, tenant, e.getClass().getSimpleName());
                }
            }
        });
        return checkpoint;
    }
}

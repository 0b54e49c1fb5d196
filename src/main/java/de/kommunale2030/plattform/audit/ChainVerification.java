package de.kommunale2030.plattform.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TreeMap;

import de.kommunale2030.plattform.audit.format.Canonical;
import de.kommunale2030.plattform.audit.format.ChainVerifier;
import de.kommunale2030.plattform.audit.format.Checkpoint;
import de.kommunale2030.plattform.audit.format.Entry;
import de.kommunale2030.plattform.audit.format.Verification;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import org.springframework.stereotype.Component;

/**
 * Checks a tenant's chain in the database against itself, against the signed checkpoints in the
 * database, and against the checkpoint file outside it. Trust comes from the signing key in the
 * secret store only: a key or signature found in the database proves nothing by itself.
 */
@Component
class ChainVerification {

    /** The shortest retention period a tenant can set; the database checks the same bound. */
    static final int MINIMUM_RETENTION_MONTHS = 6;

    /** A checkpoint is signed at most minutes after its entry; this allows for a late one. */
    private static final Duration SIGNING_DELAY = Duration.ofDays(1);

    private final AuditTrail trail;
    private final Checkpoints checkpoints;
    private final CheckpointFile file;
    private final AuditKeys keys;
    private final TenantTransactions transactions;
    private final AuditLog log;

    ChainVerification(AuditTrail trail, Checkpoints checkpoints, CheckpointFile file, AuditKeys keys,
            TenantTransactions transactions, AuditLog log) {
        this.log = log;
        this.trail = trail;
        this.checkpoints = checkpoints;
        this.file = file;
        this.keys = keys;
        this.transactions = transactions;
    }

    /** A verification someone asked for, recorded as {@code audit.verify} with its outcome. */
    Verification verifyFor(TenantId tenant, Actor actor) {
        var result = verify(tenant);
        log.record(AuditEvent.of(tenant, actor, "audit.verify", result.intact() ? Outcome.ALLOWED : Outcome.FAILED)
            .on("audit-log", tenant.value()));
        return result;
    }

    Verification verify(TenantId tenant) {
        return transactions.callAs(tenant, () -> verifyInTransaction(tenant));
    }

    private Verification verifyInTransaction(TenantId tenant) {
        var stored = checkpoints.all(tenant);
        var witnessed = new TreeMap<Long, Checkpoint>();
        Integer damagedLine = null;
        for (var line : file.read(tenant.value())) {
            if (line.damaged()) {
                if (damagedLine == null) {
                    damagedLine = line.number();
                }
            }
            else {
                witnessed.put(line.checkpoint().seq(), line.checkpoint());
            }
        }
        var range = trail.range(tenant, null, null);
        var anchorSeq = range == null ? 0 : range.firstSeq() - 1;
        // a chain that begins after entry 1 was pruned, or lost its oldest entries: either way only a
        // signed checkpoint right before its first entry can anchor it
        var anchor = anchorSeq == 0 ? null : stored.getOrDefault(anchorSeq, witnessed.get(anchorSeq));
        var chain = anchor == null
                ? new ChainVerifier(tenant.value(), 0, Canonical.genesis(), keys.signingKey().publicKey())
                : new ChainVerifier(tenant.value(), anchorSeq, anchor.hash(), keys.signingKey().publicKey()).requireSignedAnchor();
        if (anchor == null && anchorSeq > 0) {
            chain.fail(1, "Die Einträge 1 bis " + anchorSeq + " fehlen: der Anfang der Kette wurde entfernt.");
        }
        if (damagedLine != null) {
            chain.fail(anchorSeq + 1, "Zeile " + damagedLine + " der Checkpoint-Datei ist beschädigt.");
        }
        var prunes = new Prunes(anchorSeq);
        if (anchor != null) {
            compare(chain, anchorSeq, stored, witnessed);
        }
        if (range != null && chain.intact()) {
            try {
                trail.stream(tenant, range.firstSeq(), range.lastSeq(), entry -> {
                    chain.entry(entry.entry(), entry.hash());
                    prunes.see(entry.entry());
                    compare(chain, entry.entry().seq(), stored, witnessed);
                    if (!chain.intact()) {
                        throw new Stop();
                    }
                });
            }
            catch (Stop stop) {
                // the first fault is all a verification reports
            }
        }
        if (chain.intact() && anchor != null) {
            prunes.check(chain, anchor);
        }
        if (chain.intact()) {
            var beyond = Math.max(stored.isEmpty() ? 0 : stored.lastKey(), witnessed.isEmpty() ? 0 : witnessed.lastKey());
            if (beyond > chain.lastSeq()) {
                chain.fail(chain.lastSeq() + 1, "Die Kette endet bei Eintrag " + chain.lastSeq() + ", ein Checkpoint bezeugt aber "
                        + "Einträge bis " + beyond + ": Einträge wurden entfernt.");
            }
        }
        return chain.result();
    }

    /** The checkpoint at {@code seq}, from the database and the file, which must agree. */
    private static void compare(ChainVerifier chain, long seq, TreeMap<Long, Checkpoint> stored,
            TreeMap<Long, Checkpoint> witnessed) {
        var inDatabase = stored.get(seq);
        var inFile = witnessed.get(seq);
        if (inDatabase != null) {
            chain.checkpoint(inDatabase);
        }
        if (inFile != null && inDatabase != null && !inFile.sameAs(inDatabase)) {
            chain.fail(seq, "Checkpoint " + seq + " in der Datenbank weicht von der Checkpoint-Datei ab.");
        }
        else if (inFile != null && inDatabase == null) {
            // removed from the database, still witnessed by the file
            chain.checkpoint(inFile);
        }
    }

    /**
     * The {@code audit.prune} entries of the chain. A chain that starts after entry 1 is only intact if
     * the newest of them names its anchor, and if that anchor was signed at least
     * {@value #MINIMUM_RETENTION_MONTHS} months before the pruning: whoever deletes the beginning and
     * forges a prune record after the newest checkpoint still cannot remove young entries unseen.
     */
    private static final class Prunes {

        private final long anchorSeq;
        private Long named;
        private Instant at;

        Prunes(long anchorSeq) {
            this.anchorSeq = anchorSeq;
        }

        void see(Entry entry) {
            if (AuditRetention.PRUNE_ACTION.equals(entry.action())
                    && AuditRetention.ANCHOR_RESOURCE.equals(entry.resourceType())) {
                named = parse(entry.resourceId());
                at = entry.time();
            }
        }

        void check(ChainVerifier chain, Checkpoint anchor) {
            if (named == null || named != anchorSeq) {
                var firstMissing = named != null && named < anchorSeq ? named + 1 : 1;
                chain.fail(firstMissing, "Die Einträge " + firstMissing + " bis " + anchorSeq
                        + " fehlen, ohne dass ihre Löschung nach Ablauf der Aufbewahrungsfrist protokolliert ist.");
            }
            else if (anchor.signedAt().isAfter(at.atZone(ZoneOffset.UTC).minusMonths(MINIMUM_RETENTION_MONTHS)
                .plus(SIGNING_DELAY).toInstant())) {
                chain.fail(1, "Die Einträge 1 bis " + anchorSeq + " wurden gelöscht, obwohl Checkpoint " + anchorSeq
                        + " jünger als die kürzeste Aufbewahrungsfrist von " + MINIMUM_RETENTION_MONTHS + " Monaten war.");
            }
        }

        private static Long parse(String seq) {
            try {
                return Long.valueOf(seq);
            }
            catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** Ends streaming at the first fault; everything after it is unverifiable anyway. */
    private static final class Stop extends RuntimeException {

        Stop() {
            super(null, null, false, false);
        }
    }
}

package de.kommunale2030.plattform.audit;

import java.util.TreeMap;

import de.kommunale2030.plattform.audit.format.Canonical;
import de.kommunale2030.plattform.audit.format.ChainVerifier;
import de.kommunale2030.plattform.audit.format.Checkpoint;
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
        var first = range == null ? 1 : range.firstSeq();
        // Nothing may be missing at the start either: entries are never pruned yet, so a chain that
        // begins after entry 1, even at a signed checkpoint, lost its oldest entries.
        var chain = new ChainVerifier(tenant.value(), 0, Canonical.genesis(), keys.signingKey().publicKey());
        if (first > 1) {
            chain.fail(1, "Die Einträge 1 bis " + (first - 1) + " fehlen: der Anfang der Kette wurde entfernt.");
        }
        if (damagedLine != null) {
            chain.fail(first, "Zeile " + damagedLine + " der Checkpoint-Datei ist beschädigt.");
        }
        if (range != null && chain.intact()) {
            try {
                trail.stream(tenant, range.firstSeq(), range.lastSeq(), entry -> {
                    chain.entry(entry.entry(), entry.hash());
                    var seq = entry.entry().seq();
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
                    if (!chain.intact()) {
                        throw new Stop();
                    }
                });
            }
            catch (Stop stop) {
                // the first fault is all a verification reports
            }
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

    /** Ends streaming at the first fault; everything after it is unverifiable anyway. */
    private static final class Stop extends RuntimeException {

        Stop() {
            super(null, null, false, false);
        }
    }
}

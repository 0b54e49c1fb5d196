package de.kommunale2030.plattform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import de.kommunale2030.plattform.audit.format.Canonical;
import de.kommunale2030.plattform.audit.format.Checkpoint;
import de.kommunale2030.plattform.audit.format.Verification;
import de.kommunale2030.plattform.audit.format.ExportWriter;
import de.kommunale2030.plattform.audit.format.ExportWriter.ExportHeader;
import de.kommunale2030.plattform.tenancy.Tenant;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import org.springframework.stereotype.Component;

/**
 * Exports a tenant's chain, whole or between two times. Because entry times never go backwards
 * along a chain, a time range is one unbroken run of sequence numbers, which is what makes a
 * partial export verifiable. The export is recorded in the log before it is written, so an export
 * that cannot be recorded does not happen.
 */
@Component
class AuditExports {

    enum Format {
        /** JSON Lines with the proof fields (docs/audit-format.md). */
        JSONL,
        /** Semicolon-separated for spreadsheets, without the proof fields. */
        CSV;

        static Format parse(String text) {
            try {
                return text == null ? JSONL : valueOf(text.strip().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unbekanntes Format \"" + text + "\": möglich sind jsonl und csv.");
            }
        }
    }

    private static final String CSV_HEADER = "seq;time;actorType;actorId;actorRoles;action;resourceType;resourceId;purpose;outcome;requestId;client";

    private final AuditTrail trail;
    private final ChainVerification verification;
    private final Checkpoints checkpoints;
    private final AuditKeys keys;
    private final AuditLog log;
    private final TenantTransactions transactions;
    private final Clock clock;

    AuditExports(AuditTrail trail, ChainVerification verification, Checkpoints checkpoints, AuditKeys keys, AuditLog log,
            TenantTransactions transactions, Clock clock) {
        this.trail = trail;
        this.verification = verification;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param from inclusive, or {@code null} for the beginning
     * @param to   exclusive, or {@code null} for now
     * @return the number of entries written
     */
    long export(Tenant tenant, Actor actor, Instant from, Instant to, Format format, Writer out) {
        prepare(tenant, actor, format);
        return write(tenant, from, to, format, out);
    }

    /**
     * Comes first: a proof export signs what the database holds, so the chain is verified against its
     * checkpoints and the checkpoint file before anything is signed; and an export that cannot be
     * recorded must not be written.
     *
     * @throws ChainDamaged when the chain does not verify
     */
    void prepare(Tenant tenant, Actor actor, Format format) {
        if (format == Format.JSONL) {
            var result = verification.verify(tenant.id());
            if (!result.intact()) {
                log.record(AuditEvent.of(tenant.id(), actor, "audit.export", Outcome.FAILED).on("audit-log", tenant.id().value()));
                throw new ChainDamaged(result);
            }
        }
        log.record(AuditEvent.of(tenant.id(), actor, "audit.export", Outcome.ALLOWED).on("audit-log", tenant.id().value()));
    }

    /** A signed export would vouch for a chain that failed verification. */
    static final class ChainDamaged extends RuntimeException {

        ChainDamaged(Verification result) {
            super("Das Protokoll ist nicht unversehrt (erster fehlerhafter Eintrag: " + result.firstBadSeq()
                    + "); ein signierter Export wird nicht erstellt. " + result.problem());
        }
    }

    long write(Tenant tenant, Instant from, Instant to, Format format, Writer out) {
        return transactions.callAs(tenant.id(), () -> format == Format.CSV ? csv(tenant, from, to, out)
                : jsonLines(tenant, from, to, out));
    }

    private long jsonLines(Tenant tenant, Instant from, Instant to, Writer out) {
        var range = trail.range(tenant.id(), from, to);
        var anchorSeq = range == null ? 0 : range.firstSeq() - 1;
        var signed = range == null ? java.util.Collections.<Long, Checkpoint>emptyNavigableMap()
                : checkpoints.all(tenant.id()).subMap(anchorSeq, true, range.lastSeq(), true);
        var anchorHash = range == null ? Canonical.genesis() : trail.hashBefore(tenant.id(), range.firstSeq());
        if (anchorHash == null && signed.containsKey(anchorSeq)) {
            // the entries before were pruned; their checkpoint remains as the anchor
            anchorHash = signed.get(anchorSeq).hash();
        }
        if (anchorHash == null) {
            throw new IllegalStateException("The entry before the exported range is missing; run audit verify");
        }
        var writer = new ExportWriter(out, keys.signingKey(), new ExportHeader(tenant.id().value(),
                tenant.ags() == null ? null : tenant.ags().value(), from, to, clock.instant(), anchorSeq, anchorHash));
        if (range != null) {
            if (signed.containsKey(anchorSeq)) {
                writer.checkpoint(signed.get(anchorSeq));
            }
            trail.stream(tenant.id(), range.firstSeq(), range.lastSeq(), stored -> {
                writer.entry(stored.entry(), stored.hash());
                var checkpoint = signed.get(stored.entry().seq());
                if (checkpoint != null) {
                    writer.checkpoint(checkpoint);
                }
            });
        }
        writer.seal();
        return writer.entries();
    }

    private long csv(Tenant tenant, Instant from, Instant to, Writer out) {
        var range = trail.range(tenant.id(), from, to);
        var count = new long[1];
        try {
            out.write(CSV_HEADER + "\r\n");
            if (range != null) {
                trail.stream(tenant.id(), range.firstSeq(), range.lastSeq(), stored -> {
                    var e = stored.entry();
                    var line = String.join(";", Long.toString(e.seq()), Canonical.time(e.time()), e.actorType(),
                            cell(e.actorId()), cell(e.actorRoles()), e.action(), cell(e.resourceType()),
                            cell(e.resourceId()), cell(e.purpose()), e.outcome(), cell(e.requestId()), cell(e.client()));
                    try {
                        out.write(line + "\r\n");
                    }
                    catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                    count[0]++;
                });
            }
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    /** Audit fields are keys and ids; quoting guards anyway against separators and spreadsheet formulas. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        var text = value.toString();
        if (text.matches("[A-Za-z0-9][A-Za-z0-9._:,-]*")) {
            return text;
        }
        return "\"'" + text.replace("\"", "\"\"") + "\"";
    }
}

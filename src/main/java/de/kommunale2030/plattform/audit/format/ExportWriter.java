package de.kommunale2030.plattform.audit.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an export in the JSON Lines format of docs/audit-format.md: a header, the entries in
 * sequence order with each checkpoint right after the entry it covers, and a signed seal that
 * fixes the range, the count and the last hash, so a cut-off tail cannot pass as complete.
 */
public final class ExportWriter {

    static final String FORMAT = "k2030-audit-export";
    static final int VERSION = 1;
    static final String SEAL_DOMAIN = "k2030.audit.export.v1";

    private final Writer out;
    private final JsonMapper json = Canonical.JSON;
    private final SigningKey key;
    private final ExportHeader header;
    private long lastSeq;
    private byte[] lastHash;
    private long entries;
    private long checkpoints;

    public ExportWriter(Writer out, SigningKey key, ExportHeader header) {
        this.out = out;
        this.key = key;
        this.header = header;
        this.lastSeq = header.anchorSeq();
        this.lastHash = header.anchorHash();
        var line = json.createObjectNode()
            .put("type", "header")
            .put("format", FORMAT)
            .put("version", VERSION)
            .put("tenant", header.tenant().toString())
            .put("ags", header.ags())
            .put("from", header.from() == null ? null : Canonical.time(header.from()))
            .put("to", header.to() == null ? null : Canonical.time(header.to()))
            .put("exportedAt", Canonical.time(header.exportedAt()))
            .put("anchorSeq", header.anchorSeq())
            .put("anchorHash", Canonical.hex(header.anchorHash()))
            .put("keyId", key.keyId())
            .put("publicKey", Canonical.hex(key.publicKey().raw()));
        write(line);
    }

    public void entry(Entry entry, byte[] hash) {
        var line = json.createObjectNode()
            .put("type", "entry")
            .put("seq", entry.seq())
            .put("time", Canonical.time(entry.time()))
            .put("actorType", entry.actorType())
            .put("actorId", entry.actorId() == null ? null : entry.actorId().toString())
            .put("actorRoles", entry.actorRoles())
            .put("action", entry.action())
            .put("resourceType", entry.resourceType())
            .put("resourceId", entry.resourceId())
            .put("purpose", entry.purpose())
            .put("outcome", entry.outcome())
            .put("requestId", entry.requestId())
            .put("client", entry.client())
            .put("hash", Canonical.hex(hash));
        write(line);
        lastSeq = entry.seq();
        lastHash = hash.clone();
        entries++;
    }

    public void checkpoint(Checkpoint checkpoint) {
        var line = json.createObjectNode()
            .put("type", "checkpoint")
            .put("seq", checkpoint.seq())
            .put("hash", Canonical.hex(checkpoint.hash()))
            .put("signedAt", Canonical.time(checkpoint.signedAt()))
            .put("keyId", checkpoint.keyId())
            .put("signature", Canonical.hex(checkpoint.signature()));
        write(line);
        checkpoints++;
    }

    /** Ends the export; nothing may be written after the seal. */
    public void seal() {
        var signature = key.sign(sealStatement(header, lastSeq, lastHash, entries, checkpoints));
        var line = json.createObjectNode()
            .put("type", "seal")
            .put("lastSeq", lastSeq)
            .put("lastHash", Canonical.hex(lastHash))
            .put("entries", entries)
            .put("checkpoints", checkpoints)
            .put("keyId", key.keyId())
            .put("signature", Canonical.hex(signature));
        write(line);
        try {
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long entries() {
        return entries;
    }

    static byte[] sealStatement(ExportHeader header, long lastSeq, byte[] lastHash, long entries, long checkpoints) {
        return Canonical.encode(SEAL_DOMAIN, header.tenant().toString(), header.ags(),
                header.from() == null ? null : Canonical.time(header.from()),
                header.to() == null ? null : Canonical.time(header.to()), Canonical.time(header.exportedAt()),
                Long.toString(header.anchorSeq()), Canonical.hex(header.anchorHash()), Long.toString(lastSeq),
                Canonical.hex(lastHash), Long.toString(entries), Long.toString(checkpoints));
    }

    private void write(ObjectNode line) {
        try {
            out.write(json.writeValueAsString(line));
            out.write('\n');
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param ags        the Kommune's AGS, absent for the platform's own tenant
     * @param from       start of the exported time range (inclusive), absent for "from the beginning"
     * @param to         end of the exported time range (exclusive), absent for "until now"
     * @param anchorSeq  the sequence number before the first exported entry
     * @param anchorHash the chain hash at {@code anchorSeq}
     */
    public record ExportHeader(UUID tenant, String ags, Instant from, Instant to, Instant exportedAt, long anchorSeq,
            byte[] anchorHash) {

        public ExportHeader {
            from = from == null ? null : Canonical.microseconds(from);
            to = to == null ? null : Canonical.microseconds(to);
            exportedAt = Canonical.microseconds(exportedAt);
            anchorHash = anchorHash.clone();
        }

        @Override
        public byte[] anchorHash() {
            return anchorHash.clone();
        }
    }
}

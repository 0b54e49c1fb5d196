package de.kommunale2030.plattform.audit.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies an export without database or server (docs/audit-format.md). Trust comes from the
 * signing key: the caller passes the fingerprint published by the platform operator; without it,
 * the key named in the file is used and its fingerprint reported for a manual comparison, because
 * whoever forged a file could also have put their own key into it.
 */
public final class ExportVerifier {

    /**
     * Each line has exactly the properties the format defines: an extra one (a name, say) would
     * travel unverified inside a verified export.
     */
    private static final int HEADER_PROPERTIES = 12;
    private static final int ENTRY_PROPERTIES = 14;
    private static final int CHECKPOINT_PROPERTIES = 6;
    private static final int SEAL_PROPERTIES = 7;


    private final JsonMapper json = Canonical.JSON;

    /**
     * @param export              the export file's bytes (UTF-8)
     * @param expectedFingerprint SHA-256 (hex) of the trusted public key, or {@code null}
     */
    public Verification verify(InputStream export, String expectedFingerprint) {
        try {
            return verifyLines(export, expectedFingerprint);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Verification verifyLines(InputStream export, String expectedFingerprint) throws IOException {
        var chunks = new Chunks(export);
        var first = chunks.firstLine();
        JsonNode header;
        try {
            header = first == null ? null : json.readTree(first);
        }
        catch (JacksonException e) {
            header = null;
        }
        if (header == null || !"header".equals(text(header, "type")) || !ExportWriter.FORMAT.equals(text(header, "format"))
                || header.path("version").asInt(-1) != ExportWriter.VERSION) {
            throw new InvalidExport("Die Datei ist kein Audit-Export der Kommunale 2030 Plattform (Version "
                    + ExportWriter.VERSION + ").");
        }
        ExportWriter.ExportHeader parsedHeader;
        PublicSigningKey key;
        try {
            key = new PublicSigningKey(Canonical.unhex(text(header, "publicKey")));
            parsedHeader = new ExportWriter.ExportHeader(UUID.fromString(text(header, "tenant")), text(header, "ags"),
                    time(header, "from"), time(header, "to"), Canonical.parseTime(text(header, "exportedAt")),
                    number(header, "anchorSeq"), Canonical.unhex(text(header, "anchorHash")));
        }
        catch (RuntimeException e) {
            throw new InvalidExport("Der Kopf des Exports ist unvollständig oder beschädigt.");
        }
        if (header.size() != HEADER_PROPERTIES || !key.keyId().equals(text(header, "keyId"))) {
            throw new InvalidExport("Der Kopf des Exports ist unvollständig oder beschädigt.");
        }
        if (expectedFingerprint != null && !key.fingerprint().equalsIgnoreCase(expectedFingerprint.strip())) {
            throw new InvalidExport("Der Export ist mit einem anderen Schlüssel signiert als dem angegebenen.");
        }
        var chain = new ChainVerifier(parsedHeader.tenant(), parsedHeader.anchorSeq(), parsedHeader.anchorHash(), key);
        if (parsedHeader.from() == null) {
            // an export without a start time claims the whole chain: it begins at entry 1, or, where
            // old entries were pruned, at a signed checkpoint
            chain.requireSignedAnchor();
        }
        var reading = new Reading(parsedHeader, key, chain);
        var workers = Runtime.getRuntime().availableProcessors();
        var pool = Executors.newFixedThreadPool(workers, runnable -> Thread.ofPlatform().daemon().unstarted(runnable));
        var scanners = ThreadLocal.withInitial(() -> new EntryLines(parsedHeader.tenant().toString()));
        try {
            var pending = new ArrayDeque<Future<Block>>();
            var end = false;
            while (chain.intact()) {
                while (!end && pending.size() < 2 * workers) {
                    var chunk = chunks.next();
                    if (chunk == null) {
                        end = true;
                    }
                    else {
                        pending.add(pool.submit(() -> Block.parse(scanners.get(), chunk, parsedHeader.tenant(), key)));
                    }
                }
                var next = pending.poll();
                if (next == null) {
                    break;
                }
                reading.consume(next.get());
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Verification interrupted", e);
        }
        catch (ExecutionException e) {
            throw new IllegalStateException("Verification failed", e.getCause());
        }
        finally {
            pool.shutdownNow();
        }
        if (chain.intact() && !reading.sealed) {
            chain.fail(chain.nextSeq(), "Der Export endet ohne signierten Abschluss: er ist unvollständig oder gekürzt (nach Eintrag "
                    + chain.lastSeq() + ").");
        }
        return chain.result();
    }

    /** The file in pieces of whole lines, about a mebibyte each. */
    private static final class Chunks {

        private static final int SIZE = 1 << 20;

        private final InputStream in;
        private byte[] rest = new byte[0];
        private boolean end;

        Chunks(InputStream in) {
            // a small buffer for the header's bytewise read; reads of a whole piece then bypass it
            this.in = new java.io.BufferedInputStream(in, 8192);
        }

        /** The header line as text; {@code null} for an empty file. */
        String firstLine() throws IOException {
            var line = new java.io.ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                line.write(b);
                if (line.size() > SIZE) {
                    return null;
                }
            }
            return line.size() == 0 && b < 0 ? null : line.toString(StandardCharsets.UTF_8);
        }

        /** The next piece ending with a complete line (or the file's end); {@code null} after the end. */
        byte[] next() throws IOException {
            var buffer = rest;
            var filled = rest.length;
            while (!end) {
                buffer = java.util.Arrays.copyOf(buffer, filled + SIZE);
                while (filled < buffer.length) {
                    var read = in.read(buffer, filled, buffer.length - filled);
                    if (read < 0) {
                        end = true;
                        break;
                    }
                    filled += read;
                }
                var cut = end ? filled : lastNewline(buffer, filled) + 1;
                if (cut == 0 && filled > SIZE) {
                    // lines of an export are below a kilobyte; this is no export, and reading on could exhaust memory
                    throw new InvalidExport("Die Datei enthält eine Zeile von mehr als einem Mebibyte und ist kein Audit-Export.");
                }
                if (cut > 0) {
                    rest = java.util.Arrays.copyOfRange(buffer, cut, filled);
                    return java.util.Arrays.copyOf(buffer, cut);
                }
                // no line ends in this piece: read on until one does
            }
            rest = new byte[0];
            return filled == 0 ? null : java.util.Arrays.copyOf(buffer, filled);
        }

        private static int lastNewline(byte[] buffer, int filled) {
            for (int i = filled - 1; i >= 0; i--) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Lines parsed by a worker: entry lines into canonical bytes, and each entry's link hash when the
     * line before it is an entry too, so the sequential pass only compares.
     */
    private record Block(byte[] data, int[] starts, int[] ends, EntryLines.Parsed[] entries, byte[][] links,
            Checkpoint[] checkpoints, boolean[] signed) {

        static Block parse(EntryLines scanner, byte[] data, UUID tenant, PublicSigningKey key) {
            var starts = new int[Math.max(16, data.length / 256)];
            var ends = new int[starts.length];
            var count = 0;
            var from = 0;
            while (from < data.length) {
                var end = EntryLines.indexOf(data, from, data.length, (byte) '\n');
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, 2 * count);
                    ends = java.util.Arrays.copyOf(ends, 2 * count);
                }
                starts[count] = from;
                ends[count] = end < 0 ? data.length : end;
                count++;
                from = end < 0 ? data.length : end + 1;
            }
            var entries = new EntryLines.Parsed[count];
            var links = new byte[count][];
            var checkpoints = new Checkpoint[count];
            var signed = new boolean[count];
            var digest = Canonical.sha256Digest();
            for (int i = 0; i < count; i++) {
                entries[i] = scanner.parse(data, starts[i], ends[i]);
                if (entries[i] != null && i > 0 && entries[i - 1] != null) {
                    digest.update(entries[i - 1].stored());
                    links[i] = digest.digest(entries[i].canonical());
                }
                else if (entries[i] == null) {
                    checkpoints[i] = checkpointOrNull(tenant, new String(data, starts[i], ends[i] - starts[i],
                            StandardCharsets.UTF_8));
                    signed[i] = checkpoints[i] != null && checkpoints[i].verifiedBy(key);
                }
            }
            return new Block(data, starts, ends, entries, links, checkpoints, signed);
        }

        /** Signatures cost more than anything else per line, so workers check them too. */
        private static Checkpoint checkpointOrNull(UUID tenant, String line) {
            try {
                var node = Canonical.JSON.readTree(line);
                return "checkpoint".equals(ExportVerifier.text(node, "type")) ? checkpoint(tenant, node) : null;
            }
            catch (RuntimeException e) {
                return null;
            }
        }

        String text(int line) {
            return new String(data, starts[line], ends[line] - starts[line], StandardCharsets.UTF_8);
        }
    }

    /** The sequential pass over the blocks, in file order. */
    private final class Reading {

        private final ExportWriter.ExportHeader header;
        private final PublicSigningKey key;
        private final ChainVerifier chain;
        private long lineNumber = 1;
        private boolean sealed;

        Reading(ExportWriter.ExportHeader header, PublicSigningKey key, ChainVerifier chain) {
            this.header = header;
            this.key = key;
            this.chain = chain;
        }

        void consume(Block block) {
            for (int i = 0; i < block.entries().length && chain.intact(); i++) {
                lineNumber++;
                if (sealed) {
                    chain.fail(chain.nextSeq(), "Nach dem Abschluss des Exports (Zeile " + (lineNumber - 1)
                            + ") folgen weitere Zeilen.");
                    return;
                }
                var entry = block.entries()[i];
                if (entry != null && block.links()[i] != null) {
                    chain.linkedEntry(entry.seq(), block.links()[i], entry.stored());
                }
                else if (entry != null) {
                    chain.entry(entry.seq(), entry.canonical(), entry.stored());
                }
                else if (block.checkpoints()[i] != null) {
                    chain.checkpoint(block.checkpoints()[i], block.signed()[i]);
                }
                else {
                    other(block.text(i));
                }
            }
        }

        /** Checkpoints, the seal, and whatever the fast path could not read. */
        private void other(String line) {
            try {
                var node = json.readTree(line);
                switch (String.valueOf(text(node, "type"))) {
                    case "entry" -> chain.entry(entry(header.tenant(), node), Canonical.unhex(text(node, "hash")));
                    case "checkpoint" -> chain.checkpoint(checkpoint(header.tenant(), node));
                    case "seal" -> {
                        seal(header, key, chain, node);
                        sealed = true;
                    }
                    default -> chain.fail(chain.nextSeq(), "Zeile " + lineNumber + " hat eine unbekannte Art.");
                }
            }
            catch (RuntimeException e) {
                chain.fail(chain.nextSeq(), "Zeile " + lineNumber + " ist beschädigt und nicht lesbar.");
            }
        }
    }

    private static void seal(ExportWriter.ExportHeader header, PublicSigningKey key, ChainVerifier chain, JsonNode node) {
        var lastSeq = number(node, "lastSeq");
        var lastHash = Canonical.unhex(text(node, "lastHash"));
        var statement = ExportWriter.sealStatement(header, lastSeq, lastHash, number(node, "entries"),
                number(node, "checkpoints"));
        if (!key.keyId().equals(text(node, "keyId")) || !key.verifies(statement, Canonical.unhex(text(node, "signature")))) {
            chain.fail(chain.nextSeq(), "Die Signatur des Exports ist ungültig: Kopf oder Abschluss wurden verändert.");
        }
        else if (lastSeq != chain.lastSeq() || !Canonical.same(lastHash, chain.lastHash())
                || number(node, "entries") != chain.entries() || number(node, "checkpoints") != chain.checkpoints()
                || node.size() != SEAL_PROPERTIES) {
            chain.fail(Math.min(lastSeq, chain.lastSeq()) + 1, "Der signierte Abschluss nennt Eintrag " + lastSeq
                    + " als letzten, die Datei endet mit Eintrag " + chain.lastSeq() + ".");
        }
    }

    static Entry entry(UUID tenant, JsonNode node) {
        if (node.size() != ENTRY_PROPERTIES) {
            throw new IllegalArgumentException("an entry line has exactly its properties");
        }
        var actorId = text(node, "actorId");
        if (actorId != null && !UUID.fromString(actorId).toString().equals(actorId)) {
            throw new IllegalArgumentException("not a canonical id");
        }
        return new Entry(tenant, number(node, "seq"), Canonical.parseTime(text(node, "time")),
                text(node, "actorType"), actorId == null ? null : UUID.fromString(actorId), text(node, "actorRoles"),
                text(node, "action"), text(node, "resourceType"), text(node, "resourceId"), text(node, "purpose"),
                text(node, "outcome"), text(node, "requestId"), text(node, "client"));
    }

    static Checkpoint checkpoint(UUID tenant, JsonNode node) {
        if (node.size() != CHECKPOINT_PROPERTIES) {
            throw new IllegalArgumentException("a checkpoint line has exactly its properties");
        }
        return new Checkpoint(tenant, number(node, "seq"), Canonical.unhex(text(node, "hash")),
                Canonical.parseTime(text(node, "signedAt")), text(node, "keyId"), Canonical.unhex(text(node, "signature")));
    }

    /** A field that must be present: JSON null is an absent value, a missing property a damaged line. */
    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException("missing field");
        }
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException("not a string");
        }
        return value.stringValue();
    }

    private static long number(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("not a whole number");
        }
        return value.longValue();
    }

    private static java.time.Instant time(JsonNode node, String field) {
        var text = text(node, field);
        return text == null ? null : Canonical.parseTime(text);
    }

    /** The file is no export at all, or one signed by an untrusted key: nothing in it can be checked. */
    public static final class InvalidExport extends RuntimeException {

        InvalidExport(String message) {
            super(message);
        }
    }
}

package de.kommunale2030.plattform.audit.format;

import java.io.StringWriter;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An export of a 10,000-entry chain, changed the ways an attacker would change it. Every change must
 * fail verification at the sequence number where it was made.
 */
class ExportVerifierTests {

    static final int ENTRIES = 10_000;
    static final UUID TENANT = UUID.randomUUID();
    static final SigningKey KEY = newKey();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static List<String> lines;

    @BeforeAll
    static void exportOfAChain() {
        lines = export(0, Canonical.genesis(), 1, ENTRIES, 1000);
    }

    @Test
    void anUntouchedExportVerifies() {
        var result = verify(lines);
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.entries()).isEqualTo(ENTRIES);
        assertThat(result.checkpoints()).isEqualTo(10);
        assertThat(result.keyFingerprint()).isEqualTo(KEY.publicKey().fingerprint());
    }

    @Test
    void aFlippedByteInAnEntryIsFoundAtItsSequenceNumber() {
        var changed = new ArrayList<>(lines);
        var index = lineOf(4711);
        changed.set(index, changed.get(index).replace("\"action\":\"records.case.read\"", "\"action\":\"records.case.reaD\""));
        assertThat(changed.get(index)).isNotEqualTo(lines.get(index));
        assertBrokenAt(changed, 4711);
    }

    @Test
    void aChangedTimestampIsFoundAtItsSequenceNumber() {
        var changed = new ArrayList<>(lines);
        var index = lineOf(777);
        var line = changed.get(index);
        var time = JSON.readTree(line).get("time").stringValue();
        changed.set(index, line.replace(time, Canonical.time(Canonical.parseTime(time).minusSeconds(3600))));
        assertBrokenAt(changed, 777);
    }

    @Test
    void aRemovedLineIsFoundWhereItIsMissing() {
        var changed = new ArrayList<>(lines);
        changed.remove(lineOf(5000));
        assertBrokenAt(changed, 5000);
    }

    @Test
    void anInsertedLineIsFoundWhereItWasInserted() {
        var changed = new ArrayList<>(lines);
        changed.add(lineOf(1234) + 1, lines.get(lineOf(1234)));
        assertBrokenAt(changed, 1235);
    }

    @Test
    void swappedLinesAreFoundAtTheFirstOfThem() {
        var changed = new ArrayList<>(lines);
        var first = lineOf(3333);
        changed.set(first, lines.get(first + 1));
        changed.set(first + 1, lines.get(first));
        assertBrokenAt(changed, 3333);
    }

    @Test
    void aTailCutOffAfterACheckpointIsFound() {
        var cut = new ArrayList<>(lines.subList(0, lineOf(9000) + 2));
        assertThat(cut.getLast()).contains("\"type\":\"checkpoint\"").contains("\"seq\":9000");
        var result = assertBrokenAt(cut, 9001);
        assertThat(result.problem()).contains("unvollständig");
    }

    @Test
    void aTailCutOffWithTheOldSealPutBackIsFound() {
        var cut = new ArrayList<>(lines.subList(0, lineOf(9000) + 2));
        cut.add(lines.getLast());
        assertBrokenAt(cut, 9001);
    }

    @Test
    void aChainRecomputedAfterAChangeIsCaughtByTheNextCheckpoint() {
        // the attacker knows the format and recomputes every later hash, but cannot sign
        var forged = new ArrayList<>(lines.subList(0, lineOf(4711)));
        var hash = Canonical.unhex(JSON.readTree(lines.get(lineOf(4710))).get("hash").stringValue());
        for (var line : lines.subList(lineOf(4711), lines.size())) {
            var node = (tools.jackson.databind.node.ObjectNode) JSON.readTree(line);
            if ("entry".equals(node.get("type").stringValue())) {
                if (node.get("seq").longValue() == 4711) {
                    node.put("outcome", "ALLOWED".equals(node.get("outcome").stringValue()) ? "DENIED" : "ALLOWED");
                }
                var entry = ExportVerifier.entry(TENANT, node);
                hash = entry.chain(hash);
                node.put("hash", Canonical.hex(hash));
            }
            forged.add(JSON.writeValueAsString(node));
        }
        var result = assertBrokenAt(forged, 4001);
        assertThat(result.problem()).contains("Checkpoint").contains("5000");
    }

    @Test
    void aCheckpointSignedWithAnotherKeyFails() {
        var changed = new ArrayList<>(lines);
        var index = lineOf(2000) + 1;
        var original = ExportVerifier.checkpoint(TENANT, JSON.readTree(changed.get(index)));
        var forged = Checkpoint.sign(TENANT, 2000, original.hash(), original.signedAt(), newKey());
        var node = (tools.jackson.databind.node.ObjectNode) JSON.readTree(changed.get(index));
        node.put("keyId", forged.keyId()).put("signature", Canonical.hex(forged.signature()));
        changed.set(index, JSON.writeValueAsString(node));
        var result = assertBrokenAt(changed, 2000);
        assertThat(result.problem()).contains("Signatur");
    }

    @Test
    void aFileSignedByAnotherKeyThanTheExpectedOneIsRejected() {
        var text = String.join("\n", lines);
        assertThatThrownBy(() -> new ExportVerifier().verify(stream(text),
                newKey().publicKey().fingerprint()))
            .isInstanceOf(ExportVerifier.InvalidExport.class);
        assertThat(new ExportVerifier().verify(stream(text),
                KEY.publicKey().fingerprint()).intact()).isTrue();
    }

    @Test
    void aKeyReplacedWithTheAttackersOwnIsRejectedWhenTheFingerprintIsGiven() {
        var attacker = newKey();
        var header = (tools.jackson.databind.node.ObjectNode) JSON.readTree(lines.getFirst());
        header.put("publicKey", Canonical.hex(attacker.publicKey().raw())).put("keyId", attacker.keyId());
        var changed = new ArrayList<>(lines);
        changed.set(0, JSON.writeValueAsString(header));
        var text = String.join("\n", changed);
        assertThatThrownBy(() -> new ExportVerifier().verify(stream(text),
                KEY.publicKey().fingerprint()))
            .isInstanceOf(ExportVerifier.InvalidExport.class);
        // without the expected fingerprint the old signatures no longer match the substituted key
        assertThat(verify(changed).intact()).isFalse();
    }

    @Test
    void aPartialExportVerifiesFromItsAnchor() {
        var anchorHash = chainHashAt(2999);
        var part = export(2999, anchorHash, 3000, 4500, 1000);
        var result = verify(part);
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.entries()).isEqualTo(1501);
        assertThat(result.checkpoints()).isEqualTo(2);
    }

    @Test
    void aLineWithAPropertyTwiceIsDamagedNotReadEitherWay() {
        var changed = new ArrayList<>(lines);
        var index = lineOf(42);
        changed.set(index, changed.get(index).replace("\"outcome\":", "\"outcome\":\"DENIED\",\"outcome\":"));
        var result = assertBrokenAt(changed, 42);
        assertThat(result.problem()).contains("beschädigt");
    }

    @Test
    void aRemovedOrDuplicatedCheckpointLineIsFound() {
        var removed = new ArrayList<>(lines);
        removed.remove(lineOf(3000) + 1);
        assertThat(verify(removed).intact()).isFalse();
        var duplicated = new ArrayList<>(lines);
        duplicated.add(lineOf(3000) + 1, lines.get(lineOf(3000) + 1));
        assertThat(verify(duplicated).intact()).isFalse();
    }

    @Test
    void anExtraPropertyOrANonCanonicalIdInAnEntryIsFound() {
        var extra = new ArrayList<>(lines);
        var index = lineOf(99);
        extra.set(index, extra.get(index).replace("{\"type\":\"entry\",", "{\"type\":\"entry\",\"actorName\":\"Erika Muster\","));
        assertBrokenAt(extra, 99);
        // an escape sends the line to Jackson, where a lenient id parser would read "0-0-0-0-2" as the same id
        var escaped = lines.get(index).replace("SACHBEARBEITUNG", "\\u0053ACHBEARBEITUNG");
        var sameContent = new ArrayList<>(lines);
        sameContent.set(index, escaped);
        assertThat(verify(sameContent).intact()).as("an escape alone changes nothing").isTrue();
        var lenient = new ArrayList<>(lines);
        lenient.set(index, escaped.replace("00000000-0000-0000-0000-000000000002", "0-0-0-0-2"));
        assertThat(lenient.get(index)).contains("\"actorId\":\"0-0-0-0-2\"");
        assertBrokenAt(lenient, 99);
    }

    @Test
    void anExportWithoutStartThatBeginsAfterEntryOneIsFound() {
        assertBrokenAt(exportOfPrunedChain(null), 1);
    }

    @Test
    void anExportOfAPrunedChainVerifiesFromItsSignedAnchorOnly() {
        var anchored = verify(exportOfPrunedChain(KEY));
        assertThat(anchored.intact()).as(String.valueOf(anchored.problem())).isTrue();
        assertThat(anchored.entries()).isEqualTo(20);
        assertThat(anchored.checkpoints()).isOne();
        assertThat(verify(exportOfPrunedChain(newKey())).firstBadSeq()).as("an anchor signed by another key").isEqualTo(100);
    }

    /** Entries 101 to 120 of a chain whose first 100 were pruned, anchored by a checkpoint signed with {@code anchorKey}. */
    private static List<String> exportOfPrunedChain(SigningKey anchorKey) {
        var out = new StringWriter();
        var anchor = chainHashAt(100);
        var writer = new ExportWriter(out, KEY, new ExportWriter.ExportHeader(TENANT, "09000001", null, null,
                Instant.parse("2026-11-27T10:00:00Z"), 100, anchor));
        if (anchorKey != null) {
            writer.checkpoint(Checkpoint.sign(TENANT, 100, anchor, entry(100).time().plusSeconds(1), anchorKey));
        }
        var hash = anchor;
        for (long seq = 101; seq <= 120; seq++) {
            hash = entry(seq).chain(hash);
            writer.entry(entry(seq), hash);
        }
        writer.seal();
        return List.of(out.toString().split("\n"));
    }

    @Test
    void anEndlessLineIsNoExport() {
        var endless = new ArrayList<>(lines.subList(0, 3));
        endless.add("{\"type\":\"entry\",\"x\":\"" + "a".repeat(3 << 20));
        assertThatThrownBy(() -> verify(endless)).isInstanceOf(ExportVerifier.InvalidExport.class);
    }

    @Test
    void garbageIsNoExport() {
        assertThatThrownBy(() -> verify(List.of("{\"type\":\"entry\"}"))).isInstanceOf(ExportVerifier.InvalidExport.class);
        assertThatThrownBy(() -> verify(List.of())).isInstanceOf(ExportVerifier.InvalidExport.class);
        var damaged = new ArrayList<>(lines);
        damaged.set(lineOf(10), "{\"type\":\"entry\",\"seq\":");
        assertBrokenAt(damaged, 10);
    }

    private static Verification assertBrokenAt(List<String> changed, long seq) {
        var result = verify(changed);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).as(result.problem()).isEqualTo(seq);
        return result;
    }

    private static Verification verify(List<String> export) {
        return new ExportVerifier().verify(stream(String.join("\n", export)), null);
    }

    private static java.io.InputStream stream(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Index of the entry line with this sequence number in the whole export. */
    private static int lineOf(long seq) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"type\":\"entry\",\"seq\":" + seq + ",")) {
                return i;
            }
        }
        throw new IllegalArgumentException("no entry " + seq);
    }

    static Entry entry(long seq) {
        var base = Instant.parse("2026-01-05T08:00:00Z");
        return new Entry(TENANT, seq, base.plusMillis(seq * 1500), "USER", new UUID(0, seq % 7 + 1),
                "SACHBEARBEITUNG", seq % 3 == 0 ? "records.case.change" : "records.case.read", "case",
                "c-" + (seq % 97), seq % 2 == 0 ? "grundsteuer" : null, seq % 11 == 0 ? "DENIED" : "ALLOWED",
                new UUID(1, seq).toString(), "a1b2c3d4e5f60718293a4b5c6d7e8f90");
    }

    private static byte[] chainHashAt(long seq) {
        var hash = Canonical.genesis();
        for (long s = 1; s <= seq; s++) {
            hash = entry(s).chain(hash);
        }
        return hash;
    }

    static List<String> export(long anchorSeq, byte[] anchorHash, long firstSeq, long lastSeq, int checkpointEvery) {
        var out = new StringWriter();
        // an export that starts after entry 1 covers a time range from its first entry
        var from = anchorSeq == 0 ? null : entry(firstSeq).time();
        var writer = new ExportWriter(out, KEY, new ExportWriter.ExportHeader(TENANT, "09000001", from, null,
                Instant.parse("2026-11-27T10:00:00Z"), anchorSeq, anchorHash));
        var hash = anchorHash;
        for (long seq = firstSeq; seq <= lastSeq; seq++) {
            var entry = entry(seq);
            hash = entry.chain(hash);
            writer.entry(entry, hash);
            if (seq % checkpointEvery == 0) {
                writer.checkpoint(Checkpoint.sign(TENANT, seq, hash, entry.time().plusSeconds(1), KEY));
            }
        }
        writer.seal();
        return List.of(out.toString().split("\n"));
    }

    /** One entry line as the export writes it. */
    static String entryLine(Entry entry, byte[] previous) {
        var out = new StringWriter();
        var writer = new ExportWriter(out, KEY, new ExportWriter.ExportHeader(entry.tenant(), null, null, null,
                Instant.parse("2026-11-27T10:00:00Z"), entry.seq() - 1, previous));
        writer.entry(entry, entry.chain(previous));
        return out.toString().split("\n")[1];
    }

    static SigningKey newKey() {
        var seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return new SigningKey(seed);
    }
}

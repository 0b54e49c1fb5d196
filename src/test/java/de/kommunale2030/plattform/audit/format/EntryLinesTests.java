package de.kommunale2030.plattform.audit.format;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast scanner for entry lines must read exactly what Jackson reads, or step aside; and no
 * damaged export may crash the verifier.
 */
class EntryLinesTests {

    static final UUID TENANT = UUID.randomUUID();

    @Property(tries = 300)
    void theFastPathBuildsTheSameCanonicalBytesAsTheEntry(@ForAll("entries") Entry entry) {
        var line = ExportVerifierTests.entryLine(entry, Canonical.genesis());
        var bytes = line.getBytes(StandardCharsets.UTF_8);
        var parsed = new EntryLines(TENANT.toString()).parse(bytes, 0, bytes.length);
        var escaped = line.contains("\\");
        if (escaped) {
            assertThat(parsed).as("lines with escapes go to the slow path").isNull();
        }
        else {
            assertThat(parsed).isNotNull();
            assertThat(parsed.seq()).isEqualTo(entry.seq());
            assertThat(parsed.canonical()).isEqualTo(entry.canonical());
        }
    }

    @Test
    void aLineReformattedByAnotherToolStillVerifies() {
        var lines = new ArrayList<>(ExportVerifierTests.export(0, Canonical.genesis(), 1, 49, 1000));
        var seal = lines.removeLast();
        var json = Canonical.JSON;
        for (int i = 1; i < lines.size(); i++) {
            var node = (ObjectNode) json.readTree(lines.get(i));
            if ("entry".equals(node.get("type").stringValue())) {
                // keys in another order and blanks between the tokens
                var reordered = json.createObjectNode();
                reordered.set("hash", node.get("hash"));
                node.properties().forEach(property -> reordered.set(property.getKey(), property.getValue()));
                lines.set(i, json.writerWithDefaultPrettyPrinter().writeValueAsString(reordered).replace("\n", " "));
            }
        }
        lines.add(seal);
        var result = verify(lines);
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.entries()).isEqualTo(49);
    }

    @Property(tries = 400)
    void aDamagedExportIsReportedNeverCrashes(@ForAll @IntRange(min = 1, max = 60) int line,
            @ForAll @IntRange(min = 0, max = 400) int position, @ForAll byte replacement) {
        var lines = ExportVerifierTests.export(0, Canonical.genesis(), 1, 60, 20);
        var bytes = lines.get(line).getBytes(StandardCharsets.UTF_8);
        var at = position % bytes.length;
        if (bytes[at] == replacement) {
            return;
        }
        bytes[at] = replacement;
        var changed = new ArrayList<>(lines);
        changed.set(line, new String(bytes, StandardCharsets.ISO_8859_1));
        var text = String.join("\n", changed).getBytes(StandardCharsets.ISO_8859_1);
        try {
            var result = new ExportVerifier().verify(new ByteArrayInputStream(text), null);
            // a change inside a field's value, a hash or a signature must be found; only blanks may move
            if (result.intact()) {
                assertThat(Character.isWhitespace(replacement) || Character.isWhitespace(lines.get(line).charAt(at))).isTrue();
            }
        }
        catch (ExportVerifier.InvalidExport e) {
            assertThat(line).isZero();
        }
    }

    static Verification verify(List<String> lines) {
        return new ExportVerifier().verify(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                null);
    }

    @Provide
    Arbitrary<Entry> entries() {
        var text = Arbitraries.strings().withCharRange(' ', '\u024F').withChars('"', '\\', '\n', '€').ofMaxLength(30)
            .injectNull(0.3);
        return net.jqwik.api.Combinators.combine(Arbitraries.longs().between(1, 999_999_999_999_999L), text, text, text, text)
            .as((seq, roles, resourceId, purpose, client) -> new Entry(TENANT, seq,
                    Instant.parse("2026-11-27T10:15:30.123456Z"), "USER", UUID.randomUUID(), roles, "records.case.read",
                    resourceId == null ? null : "case", resourceId, purpose, "ALLOWED", null, client));
    }
}

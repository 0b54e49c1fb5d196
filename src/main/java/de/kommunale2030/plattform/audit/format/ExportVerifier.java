package de.kommunale2030.plattform.audit.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

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

    private final JsonMapper json = Canonical.JSON;

    /**
     * @param expectedFingerprint SHA-256 (hex) of the trusted public key, or {@code null}
     */
    public Verification verify(BufferedReader lines, String expectedFingerprint) {
        try {
            return verifyLines(lines, expectedFingerprint);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Verification verifyLines(BufferedReader lines, String expectedFingerprint) throws IOException {
        var first = lines.readLine();
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
        if (expectedFingerprint != null && !key.fingerprint().equalsIgnoreCase(expectedFingerprint.strip())) {
            throw new InvalidExport("Der Export ist mit einem anderen Schlüssel signiert als dem angegebenen.");
        }
        var chain = new ChainVerifier(parsedHeader.tenant(), parsedHeader.anchorSeq(), parsedHeader.anchorHash(), key);
        var sealed = false;
        long lineNumber = 1;
        String line;
        while ((line = lines.readLine()) != null && chain.intact()) {
            lineNumber++;
            if (sealed) {
                chain.fail(chain.nextSeq(), "Nach dem Abschluss des Exports (Zeile " + (lineNumber - 1)
                        + ") folgen weitere Zeilen.");
                break;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
                switch (String.valueOf(text(node, "type"))) {
                    case "entry" -> chain.entry(entry(parsedHeader.tenant(), node), Canonical.unhex(text(node, "hash")));
                    case "checkpoint" -> chain.checkpoint(checkpoint(parsedHeader.tenant(), node));
                    case "seal" -> {
                        seal(parsedHeader, key, chain, node);
                        sealed = true;
                    }
                    default -> chain.fail(chain.nextSeq(), "Zeile " + lineNumber + " hat eine unbekannte Art.");
                }
            }
            catch (RuntimeException e) {
                chain.fail(chain.nextSeq(), "Zeile " + lineNumber + " ist beschädigt und nicht lesbar.");
            }
        }
        if (chain.intact() && !sealed) {
            chain.fail(chain.nextSeq(), "Der Export endet ohne signierten Abschluss: er ist unvollständig oder gekürzt (nach Eintrag "
                    + chain.lastSeq() + ").");
        }
        return chain.result();
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
                || number(node, "entries") != chain.entries()) {
            chain.fail(Math.min(lastSeq, chain.lastSeq()) + 1, "Der signierte Abschluss nennt Eintrag " + lastSeq
                    + " als letzten, die Datei endet mit Eintrag " + chain.lastSeq() + ".");
        }
    }

    static Entry entry(UUID tenant, JsonNode node) {
        var actorId = text(node, "actorId");
        return new Entry(tenant, number(node, "seq"), Canonical.parseTime(text(node, "time")),
                text(node, "actorType"), actorId == null ? null : UUID.fromString(actorId), text(node, "actorRoles"),
                text(node, "action"), text(node, "resourceType"), text(node, "resourceId"), text(node, "purpose"),
                text(node, "outcome"), text(node, "requestId"), text(node, "client"));
    }

    static Checkpoint checkpoint(UUID tenant, JsonNode node) {
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

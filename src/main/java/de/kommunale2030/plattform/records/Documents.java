package de.kommunale2030.plattform.records;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.audit.AuditEvent;
import de.kommunale2030.plattform.audit.AuditLog;
import de.kommunale2030.plattform.audit.Outcome;
import de.kommunale2030.plattform.crypto.CellAddress;
import de.kommunale2030.plattform.crypto.Encryption;
import de.kommunale2030.plattform.crypto.SubjectShredded;
import de.kommunale2030.plattform.privacy.Purpose;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Documents of a case: inspected before storing ({@link DocumentUpload}), then content and file
 * name encrypted under the case subject's key. Reach and purpose follow the case; every upload and
 * download is recorded.
 */
@Component
class Documents {

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Encryption encryption;
    private final AuditLog audit;
    private final TenantTransactions transactions;

    Documents(JdbcClient jdbc, Cases cases, Encryption encryption, AuditLog audit, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.encryption = encryption;
        this.audit = audit;
        this.transactions = transactions;
    }

    record Stored(UUID id, String mediaType, long size, String fileName) {
    }

    record Download(String mediaType, String fileName, byte[] content) {
    }

    /** @return empty if there is no such case within the reach, or its person was erased */
    Optional<Stored> upload(TenantId tenant, Actor actor, Purpose purpose, Reach reach, UUID caseId, DocumentUpload upload) {
        return transactions.callAs(tenant, () -> cases.within(tenant, actor, purpose, reach, cases.row(caseId),
                "records.document.upload", "case", caseId)
            .map(frame -> frame.flatMap(found -> store(tenant, actor, purpose, found, upload)))).get();
    }

    /** @return empty if there is no such document within the reach, or its person was erased */
    Optional<Download> download(TenantId tenant, Actor actor, Purpose purpose, Reach reach, UUID id) {
        return transactions.callAs(tenant, () -> {
            var document = jdbc.sql("""
                    SELECT vorgang_id, subject_id, media_type, file_name, content FROM records.dokument WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getBytes(4), rs.getBytes(5)))
                .optional();
            return cases.within(tenant, actor, purpose, reach, document.flatMap(found -> cases.row(found.caseId())),
                    "records.document.read", "document", id)
                .map(frame -> frame.flatMap(found -> open(tenant, actor, purpose, id, document.orElseThrow())));
        }).get();
    }

    /**
     * The documents of a case with their decrypted file names, oldest first.
     *
     * @return empty if there is no such case within the reach; an empty list once its person was erased
     */
    Optional<List<Stored>> ofCase(TenantId tenant, Actor actor, Purpose purpose, Reach reach, UUID caseId) {
        return transactions.callAs(tenant, () -> cases.within(tenant, actor, purpose, reach, cases.row(caseId),
                "records.document.list", "case", caseId)
            .map(frame -> frame.map(found -> {
                var rows = jdbc.sql("""
                        SELECT id, media_type, size_bytes, file_name FROM records.dokument WHERE vorgang_id = :case
                        ORDER BY uploaded_at, id""")
                    .param("case", caseId)
                    .query((rs, n) -> new Listed(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getBytes(4)))
                    .list();
                List<Stored> stored;
                try (var key = encryption.subject(tenant, found.subject())) {
                    stored = rows.stream()
                        .map(row -> new Stored(row.id(), row.mediaType(), row.size(),
                                key.decrypt(cell(tenant, row.id(), "file_name"), row.fileName())))
                        .toList();
                }
                catch (SubjectShredded erased) {
                    stored = List.of();
                }
                audit.record(AuditEvent.of(tenant, actor, "records.document.list", Outcome.ALLOWED).forPurpose(purpose.key())
                    .on("case", caseId));
                return stored;
            }))).get();
    }

    private Optional<Stored> store(TenantId tenant, Actor actor, Purpose purpose, Cases.Row frame, DocumentUpload upload) {
        var id = UUID.randomUUID();
        byte[] content;
        byte[] name;
        try (var key = encryption.subject(tenant, frame.subject())) {
            content = key.encryptBytes(cell(tenant, id, "content"), upload.content());
            name = key.encrypt(cell(tenant, id, "file_name"), upload.fileName());
        }
        catch (SubjectShredded erased) {
            audit.record(AuditEvent.of(tenant, actor, "records.document.upload", Outcome.DENIED).forPurpose(purpose.key())
                .on("case", frame.id()));
            return Optional.empty();
        }
        jdbc.sql("""
                INSERT INTO records.dokument (tenant_id, id, vorgang_id, subject_id, media_type, size_bytes, file_name, content)
                VALUES (:t, :id, :case, :subject, :type, :size, :name, :content)""")
            .param("t", tenant.value())
            .param("id", id)
            .param("case", frame.id())
            .param("subject", frame.subject())
            .param("type", upload.mediaType())
            .param("size", upload.size())
            .param("name", name)
            .param("content", content)
            .update();
        audit.record(AuditEvent.of(tenant, actor, "records.document.upload", Outcome.ALLOWED).forPurpose(purpose.key())
            .on("document", id));
        return Optional.of(new Stored(id, upload.mediaType(), upload.size(), upload.fileName()));
    }

    private Optional<Download> open(TenantId tenant, Actor actor, Purpose purpose, UUID id, Row row) {
        Download download;
        try (var key = encryption.subject(tenant, row.subject())) {
            download = new Download(row.mediaType(), key.decrypt(cell(tenant, id, "file_name"), row.fileName()),
                    key.decryptBytes(cell(tenant, id, "content"), row.content()));
        }
        catch (SubjectShredded erased) {
            audit.record(AuditEvent.of(tenant, actor, "records.document.read", Outcome.DENIED).forPurpose(purpose.key())
                .on("document", id));
            return Optional.empty();
        }
        audit.record(AuditEvent.of(tenant, actor, "records.document.read", Outcome.ALLOWED).forPurpose(purpose.key())
            .on("document", id));
        return Optional.of(download);
    }

    private record Listed(UUID id, String mediaType, long size, byte[] fileName) {
    }

    private record Row(UUID caseId, UUID subject, String mediaType, byte[] fileName, byte[] content) {
    }

    private static CellAddress cell(TenantId tenant, UUID id, String column) {
        return new CellAddress(tenant.value(), "dokument", column, id.toString());
    }
}

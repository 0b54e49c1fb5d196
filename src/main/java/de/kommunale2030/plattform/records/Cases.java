package de.kommunale2030.plattform.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.audit.AuditEvent;
import de.kommunale2030.plattform.audit.AuditLog;
import de.kommunale2030.plattform.audit.Outcome;
import de.kommunale2030.plattform.crypto.CellAddress;
import de.kommunale2030.plattform.crypto.Encryption;
import de.kommunale2030.plattform.crypto.SubjectShredded;
import de.kommunale2030.plattform.identity.Memberships;
import de.kommunale2030.plattform.privacy.Purpose;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases (Vorgänge): one data subject, one org unit, one category. The category decides for which
 * purposes the case may be processed and which fields it may hold; the fields are encrypted under
 * the subject's key. Cases outside the caller's {@link Reach} answer like missing ones. Every
 * access is recorded with its purpose.
 */
@Component
class Cases {

    private static final int MAX_FIELD_LENGTH = 200;

    private final JdbcClient jdbc;
    private final Encryption encryption;
    private final Memberships memberships;
    private final AuditLog audit;
    private final TenantTransactions transactions;
    private final JsonMapper json;

    Cases(JdbcClient jdbc, Encryption encryption, Memberships memberships, AuditLog audit, TenantTransactions transactions,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.memberships = memberships;
        this.audit = audit;
        this.transactions = transactions;
        this.json = json;
    }

    record Category(String key, String name, List<String> purposes, List<String> fields) {
    }

    /**
     * A case as the API shows it; {@code fields} only where they were decrypted for a purpose, and
     * {@code null} once the subject was erased.
     */
    record Case(UUID id, String category, String purpose, String orgUnit, UUID subject, String status, LocalDate openedOn,
            LocalDate closedOn, Map<String, String> fields) {
    }

    record NewCase(String category, String orgUnit, UUID subject, Map<String, String> fields) {
    }

    UUID open(TenantId tenant, Actor actor, Purpose purpose, Reach reach, NewCase request) {
        return transactions.callAs(tenant, () -> {
            var category = category(request.category())
                .orElseThrow(() -> new InvalidRecord("Diese Vorgangsart gibt es nicht (GET /api/v1/case-categories)."));
            if (!allowed(tenant, actor, purpose, category, "records.case.create", null)) {
                return Checked.<UUID>refused(new PurposeRefused(false));
            }
            var unit = memberships.unitByKey(request.orgUnit())
                .orElseThrow(() -> new InvalidRecord("Diese Organisationseinheit gibt es nicht."));
            if (!reach.covers(unit)) {
                audit.record(AuditEvent.of(tenant, actor, "records.case.create", Outcome.DENIED).forPurpose(purpose.key())
                    .on("org-unit", unit));
                return Checked.<UUID>refused(new OutsideReach());
            }
            var fields = declared(category, request.fields());
            var subjectExists = jdbc.sql("SELECT count(*) FROM records.person WHERE id = :id AND erased_at IS NULL")
                .param("id", request.subject()).query(Long.class).single() == 1;
            if (!subjectExists) {
                throw new RecordNotFound();
            }
            var id = UUID.randomUUID();
            byte[] sealed;
            try (var key = encryption.subject(tenant, request.subject())) {
                sealed = key.encrypt(cell(tenant, id), json.writeValueAsString(fields));
            }
            jdbc.sql("""
                    INSERT INTO records.vorgang (tenant_id, id, category, purpose, org_unit_id, subject_id, status, opened_on, fields)
                    VALUES (:t, :id, :category, :purpose, :unit, :subject, 'OPEN', current_date, :fields)""")
                .param("t", tenant.value())
                .param("id", id)
                .param("category", category.key())
                .param("purpose", purpose.key())
                .param("unit", unit)
                .param("subject", request.subject())
                .param("fields", sealed)
                .update();
            audit.record(AuditEvent.of(tenant, actor, "records.case.create", Outcome.ALLOWED).forPurpose(purpose.key())
                .on("case", id));
            return Checked.of(id);
        }).get();
    }

    /**
     * The case with its fields, if it exists within the reach.
     *
     * @throws PurposeRefused if the purpose is not one of the case's category (recorded)
     */
    Optional<Case> find(TenantId tenant, Actor actor, Purpose purpose, Reach reach, UUID id) {
        return transactions.callAs(tenant, () -> within(tenant, actor, purpose, reach, row(id), "records.case.read", "case", id)
            .map(frame -> frame.map(found -> {
                Map<String, String> fields = Map.of();
                if (found.fields() != null) {
                    try (var key = encryption.subject(tenant, found.subject())) {
                        fields = json.readValue(key.decrypt(cell(tenant, id), found.fields()),
                                new TypeReference<TreeMap<String, String>>() {
                                });
                    }
                    catch (SubjectShredded erased) {
                        // the person was erased: the case's contents went with their key; what remains is its frame
                        fields = null;
                    }
                }
                audit.record(AuditEvent.of(tenant, actor, "records.case.read", Outcome.ALLOWED).forPurpose(purpose.key())
                    .on("case", id));
                return found.view(memberships.keyOf(found.unit()).orElse(null), fields);
            }))).get();
    }

    /** The cases within the reach whose category allows the purpose; their fields stay encrypted. */
    List<Case> list(TenantId tenant, Actor actor, Purpose purpose, Reach reach) {
        return transactions.callAs(tenant, () -> {
            // the reach is part of the query, so that the limit counts only cases the caller may see
            var cases = jdbc.sql("""
                    SELECT v.id, v.category, v.purpose, v.org_unit_id, v.subject_id, v.status, v.opened_on, v.closed_on, NULL AS fields
                    FROM records.vorgang AS v JOIN records.case_category AS c ON c.key = v.category
                    WHERE :purpose = ANY (c.purposes) AND (:allUnits OR v.org_unit_id = ANY (:units))
                    ORDER BY v.created_at DESC LIMIT 500""")
                .param("purpose", purpose.key())
                .param("allUnits", reach.allUnits())
                .param("units", reach.units().toArray(new UUID[0]))
                .query((rs, n) -> row(rs))
                .list()
                .stream()
                .map(found -> found.view(memberships.keyOf(found.unit()).orElse(null), null))
                .toList();
            audit.record(AuditEvent.of(tenant, actor, "records.case.list", Outcome.ALLOWED).forPurpose(purpose.key())
                .on("case", "all"));
            return cases;
        });
    }

    /** @return {@code false} if there is no such case within the reach, or it is closed already */
    boolean close(TenantId tenant, Actor actor, Purpose purpose, Reach reach, UUID id) {
        return transactions.callAs(tenant, () -> within(tenant, actor, purpose, reach,
                row(id).filter(found -> "OPEN".equals(found.status())), "records.case.close", "case", id)
            .map(frame -> frame.map(found -> {
                jdbc.sql("UPDATE records.vorgang SET status = 'CLOSED', closed_on = current_date WHERE id = :id")
                    .param("id", id)
                    .update();
                audit.record(AuditEvent.of(tenant, actor, "records.case.close", Outcome.ALLOWED).forPurpose(purpose.key())
                    .on("case", id));
                return true;
            }).orElse(false))).get();
    }

    /**
     * The first step of every access to an existing case: the case must be there and within the
     * reach, else the attempt is recorded as DENIED on the named resource and the case is treated as
     * missing; and its category must allow the purpose, else the refusal is recorded and returned.
     * Runs inside the caller's transaction, which must commit before a refusal is thrown.
     */
    Checked<Optional<Row>> within(TenantId tenant, Actor actor, Purpose purpose, Reach reach, Optional<Row> candidate,
            String action, String resourceType, UUID resourceId) {
        var frame = candidate.filter(found -> reach.covers(found.unit()));
        if (frame.isEmpty()) {
            audit.record(AuditEvent.of(tenant, actor, action, Outcome.DENIED).forPurpose(purpose.key())
                .on(resourceType, resourceId));
            return Checked.of(Optional.empty());
        }
        if (!allowed(tenant, actor, purpose, category(frame.get().category()).orElseThrow(), action, frame.get().id())) {
            return Checked.refused(new PurposeRefused(false));
        }
        return Checked.of(frame);
    }

    List<Category> categories() {
        return jdbc.sql("SELECT key, name, purposes, fields FROM records.case_category ORDER BY position")
            .query((rs, n) -> category(rs))
            .list();
    }

    Optional<Category> category(String key) {
        if (key == null || !key.matches("[a-z][a-z0-9-]{1,62}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT key, name, purposes, fields FROM records.case_category WHERE key = :key")
            .param("key", key)
            .query((rs, n) -> category(rs))
            .optional();
    }

    private static Category category(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Category(rs.getString("key"), rs.getString("name"), List.of((String[]) rs.getArray("purposes").getArray()),
                List.of((String[]) rs.getArray("fields").getArray()));
    }

    /** Whether the category allows the purpose; a refusal is recorded (the caller must not roll it back). */
    private boolean allowed(TenantId tenant, Actor actor, Purpose purpose, Category category, String action, UUID id) {
        if (category.purposes().contains(purpose.key())) {
            return true;
        }
        var event = AuditEvent.of(tenant, actor, action, Outcome.DENIED).forPurpose(purpose.key());
        audit.record(id == null ? event.on("case-category", category.key()) : event.on("case", id));
        return false;
    }

    /** Only the category's fields, as bounded text; messages name the field, never the value. */
    private static Map<String, String> declared(Category category, Map<String, String> fields) {
        var accepted = new TreeMap<String, String>();
        if (fields == null) {
            return accepted;
        }
        fields.forEach((name, value) -> {
            if (!category.fields().contains(name)) {
                var shown = name != null && name.matches("[a-z0-9-]{1,40}") ? name : "unbekannt";
                throw new InvalidRecord("Das Feld " + shown + " ist für die Vorgangsart " + category.key()
                        + " nicht vorgesehen (Datenminimierung). Vorgesehen: " + String.join(", ", category.fields()) + ".");
            }
            if (value == null || value.isBlank()) {
                return;
            }
            var text = java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
            if (text.length() > MAX_FIELD_LENGTH || text.codePoints().anyMatch(Character::isISOControl)) {
                throw new InvalidRecord("Das Feld " + name + " ist zu lang oder enthält Steuerzeichen.");
            }
            accepted.put(name, text);
        });
        return accepted;
    }

    Optional<Row> row(UUID id) {
        return jdbc.sql("""
                SELECT id, category, purpose, org_unit_id, subject_id, status, opened_on, closed_on, fields
                FROM records.vorgang WHERE id = :id""").param("id", id).query((rs, n) -> row(rs)).optional();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("category"), rs.getString("purpose"),
                rs.getObject("org_unit_id", UUID.class), rs.getObject("subject_id", UUID.class), rs.getString("status"),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class), rs.getBytes("fields"));
    }

    record Row(UUID id, String category, String purpose, UUID unit, UUID subject, String status, LocalDate openedOn,
            LocalDate closedOn, byte[] fields) {

        Case view(String unitKey, Map<String, String> decrypted) {
            return new Case(id, category, purpose, unitKey, subject, status, openedOn, closedOn, decrypted);
        }
    }

    private static CellAddress cell(TenantId tenant, UUID id) {
        return new CellAddress(tenant.value(), "vorgang", "fields", id.toString());
    }
}

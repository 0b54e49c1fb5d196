package de.kommunale2030.plattform.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.audit.AuditEvent;
import de.kommunale2030.plattform.audit.AuditLog;
import de.kommunale2030.plattform.audit.Outcome;
import de.kommunale2030.plattform.crypto.BlindIndex;
import de.kommunale2030.plattform.crypto.CellAddress;
import de.kommunale2030.plattform.crypto.Encryption;
import de.kommunale2030.plattform.crypto.SubjectKey;
import de.kommunale2030.plattform.crypto.UndecryptableValue;
import de.kommunale2030.plattform.privacy.Purpose;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Data subjects. Each person has their own key; every field is encrypted under it and bound to
 * its cell, so the table holds no personal data in clear and erasing a person is destroying one
 * key. Every access is recorded with its purpose, in the same transaction.
 */
@Component
class Persons {

    static final String SEARCH_INDEX = "person.family-name+birth-date";
    private static final String TABLE = "person";

    private final JdbcClient jdbc;
    private final Encryption encryption;
    private final AuditLog audit;
    private final TenantTransactions transactions;

    Persons(JdbcClient jdbc, Encryption encryption, AuditLog audit, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.transactions = transactions;
    }

    record Person(UUID id, PersonDetails details) {
    }

    UUID create(TenantId tenant, Actor actor, Purpose purpose, PersonDetails details) {
        var id = UUID.randomUUID();
        transactions.runAs(tenant, () -> {
            try (var key = encryption.createSubject(tenant, id)) {
                var address = details.address();
                jdbc.sql("""
                        INSERT INTO records.person (tenant_id, id, family_name, given_names, birth_date, street, postal_code,
                                                    city, email, phone, name_birth_index)
                        VALUES (:t, :id, :family, :given, :birth, :street, :postal, :city, :email, :phone, :index)""")
                    .param("t", tenant.value())
                    .param("id", id)
                    .param("family", seal(key, tenant, id, "family_name", details.familyName()))
                    .param("given", seal(key, tenant, id, "given_names", details.givenNames()))
                    .param("birth", seal(key, tenant, id, "birth_date",
                            details.birthDate() == null ? null : details.birthDate().toString()))
                    .param("street", seal(key, tenant, id, "street", address == null ? null : address.street()))
                    .param("postal", seal(key, tenant, id, "postal_code", address == null ? null : address.postalCode()))
                    .param("city", seal(key, tenant, id, "city", address == null ? null : address.city()))
                    .param("email", seal(key, tenant, id, "email", details.email()))
                    .param("phone", seal(key, tenant, id, "phone", details.phone()))
                    .param("index", details.birthDate() == null ? null
                            : searchIndex(tenant, details.familyName(), details.birthDate()))
                    .update();
            }
            audit.record(event(tenant, actor, "records.person.create", Outcome.ALLOWED, purpose).on("person", id));
        });
        return id;
    }

    /** The person, if they exist in this tenant and are not erased; the read is recorded either way. */
    Optional<Person> find(TenantId tenant, Actor actor, Purpose purpose, UUID id) {
        return transactions.callAs(tenant, () -> {
            Optional<Person> found;
            try {
                found = jdbc.sql("SELECT * FROM records.person WHERE id = :id AND erased_at IS NULL")
                    .param("id", id)
                    .query((rs, row) -> open(tenant, rs))
                    .optional();
            }
            catch (UndecryptableValue damaged) {
                audit.record(event(tenant, actor, "records.person.read", Outcome.FAILED, purpose).on("person", id));
                return Checked.<Optional<Person>>refused(damaged);
            }
            audit.record(event(tenant, actor, "records.person.read", found.isPresent() ? Outcome.ALLOWED : Outcome.DENIED,
                    purpose).on("person", id));
            return Checked.of(found);
        }).get();
    }

    /**
     * Exact search by family name and date of birth through the blind index; nothing is decrypted
     * to search. Each person disclosed is recorded.
     */
    List<Person> search(TenantId tenant, Actor actor, Purpose purpose, String familyName, LocalDate birthDate) {
        return transactions.callAs(tenant, () -> {
            var index = searchIndex(tenant, familyName, birthDate);
            var found = jdbc.sql("""
                    SELECT * FROM records.person WHERE tenant_id = :t AND name_birth_index = :index AND erased_at IS NULL
                    ORDER BY created_at LIMIT 100""")
                .param("t", tenant.value())
                .param("index", index)
                .query((rs, row) -> open(tenant, rs))
                .list();
            var events = new ArrayList<AuditEvent>();
            for (var person : found) {
                events.add(event(tenant, actor, "records.person.search", Outcome.ALLOWED, purpose).on("person", person.id()));
            }
            if (events.isEmpty()) {
                events.add(event(tenant, actor, "records.person.search", Outcome.ALLOWED, purpose).on("person", "none"));
            }
            audit.recordAll(events);
            return found;
        });
    }

    /**
     * Erasure: destroys the person's key, so every copy of their data becomes unreadable, and marks
     * the row. Recorded as {@code records.person.erase} (and the key destruction by crypto).
     *
     * @return {@code false} if there is no such person (or they were erased already)
     */
    boolean erase(TenantId tenant, Actor actor, UUID id) {
        return transactions.callAs(tenant, () -> {
            // the blind index goes too: with the tenant's index key it would still confirm a guessed name and birth date
            var marked = jdbc.sql("""
                    UPDATE records.person SET erased_at = now(), name_birth_index = NULL WHERE id = :id AND erased_at IS NULL""")
                .param("id", id)
                .update() == 1;
            if (marked) {
                encryption.shred(tenant, id, actor);
            }
            audit.record(AuditEvent.of(tenant, actor, "records.person.erase", marked ? Outcome.ALLOWED : Outcome.DENIED)
                .on("person", id));
            return marked;
        });
    }

    private byte[] searchIndex(TenantId tenant, String familyName, LocalDate birthDate) {
        return encryption.blindIndex(tenant, SEARCH_INDEX, BlindIndex.Field.name(familyName), BlindIndex.Field.date(birthDate));
    }

    private Person open(TenantId tenant, ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        try (var key = encryption.subject(tenant, id)) {
            var street = unseal(key, tenant, id, "street", rs);
            var postal = unseal(key, tenant, id, "postal_code", rs);
            var city = unseal(key, tenant, id, "city", rs);
            var birth = unseal(key, tenant, id, "birth_date", rs);
            return new Person(id, new PersonDetails(unseal(key, tenant, id, "family_name", rs),
                    unseal(key, tenant, id, "given_names", rs), birth == null ? null : LocalDate.parse(birth),
                    street == null && postal == null && city == null ? null : new PersonDetails.Address(street, postal, city),
                    unseal(key, tenant, id, "email", rs), unseal(key, tenant, id, "phone", rs)));
        }
    }

    private static byte[] seal(SubjectKey key, TenantId tenant, UUID id, String column, String value) {
        return value == null ? null : key.encrypt(new CellAddress(tenant.value(), TABLE, column, id.toString()), value);
    }

    private static String unseal(SubjectKey key, TenantId tenant, UUID id, String column, ResultSet rs) throws SQLException {
        var envelope = rs.getBytes(column);
        return envelope == null ? null : key.decrypt(new CellAddress(tenant.value(), TABLE, column, id.toString()), envelope);
    }

    private static AuditEvent event(TenantId tenant, Actor actor, String action, Outcome outcome, Purpose purpose) {
        return AuditEvent.of(tenant, actor, action, outcome).forPurpose(purpose.key());
    }
}

package de.kommunale2030.plattform.crypto;

import java.util.UUID;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.audit.AuditEvent;
import de.kommunale2030.plattform.audit.AuditLog;
import de.kommunale2030.plattform.audit.Outcome;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What other modules use to protect personal data: one key per data subject, wrapped by the
 * tenant's key-encryption key, which the master key wraps (ADR 0013). Every method runs inside the
 * caller's transaction, which must be bound to {@code tenant}; keys are unwrapped for the unit of
 * work and wiped afterwards, never cached.
 */
@Component
public class Encryption {

    private final JdbcClient jdbc;
    private final TenantKeys tenantKeys;
    private final AuditLog audit;

    Encryption(JdbcClient jdbc, TenantKeys tenantKeys, AuditLog audit) {
        this.jdbc = jdbc;
        this.tenantKeys = tenantKeys;
        this.audit = audit;
    }

    /** Creates the key of a new data subject and opens it. */
    public SubjectKey createSubject(TenantId tenant, UUID subject) {
        requireTransaction();
        var key = Keys.generate();
        try (var kek = tenantKeys.current(tenant, KeyKind.TENANT_KEY)) {
            var wrapped = KeyWrap.wrap(kek.key(), kek.version(), subjectLabel(tenant, subject), key);
            jdbc.sql("INSERT INTO crypto.subject_key (tenant_id, subject_id, kek_version, wrapped) VALUES (:t, :s, :v, :w)")
                .param("t", tenant.value())
                .param("s", subject)
                .param("v", kek.version())
                .param("w", wrapped)
                .update();
            tenantKeys.countWraps(tenant, kek.version(), 1);
        }
        catch (RuntimeException e) {
            Keys.wipe(key);
            throw e;
        }
        return open(tenant, subject, key);
    }

    /**
     * Opens an existing subject's key.
     *
     * @throws SubjectShredded       if it was destroyed
     * @throws IllegalStateException if the subject has no key (in this tenant)
     */
    public SubjectKey subject(TenantId tenant, UUID subject) {
        requireTransaction();
        var stored = jdbc.sql("SELECT kek_version, wrapped FROM crypto.subject_key WHERE tenant_id = :t AND subject_id = :s")
            .param("t", tenant.value())
            .param("s", subject)
            .query((rs, row) -> new Stored(rs.getInt(1), rs.getBytes(2)))
            .optional()
            .orElseThrow(() -> new IllegalStateException("No data key for subject " + subject));
        if (stored.wrapped() == null) {
            throw new SubjectShredded(subject);
        }
        try (var kek = tenantKeys.version(tenant, KeyKind.TENANT_KEY, stored.kekVersion())) {
            return open(tenant, subject, KeyWrap.unwrap(kek.key(), subjectLabel(tenant, subject), stored.wrapped()));
        }
    }

    /**
     * The blind index of {@code fields} under the tenant's blind-index key, for exact lookups without
     * decrypting.
     */
    public byte[] blindIndex(TenantId tenant, String fieldSet, BlindIndex.Field... fields) {
        requireTransaction();
        try (var key = tenantKeys.current(tenant, KeyKind.BLIND_INDEX_KEY)) {
            return BlindIndex.compute(key.key(), fieldSet, fields);
        }
    }

    /**
     * Crypto-shredding: destroys the subject's key, so every value encrypted under it becomes
     * unreadable wherever it was copied. Recorded as {@code crypto.subject-key.destroy} with ids only.
     *
     * @return {@code false} if it was destroyed already
     */
    public boolean shred(TenantId tenant, UUID subject, Actor actor) {
        requireTransaction();
        var destroyed = jdbc.sql("""
                UPDATE crypto.subject_key SET wrapped = NULL, destroyed_at = now()
                WHERE tenant_id = :t AND subject_id = :s AND destroyed_at IS NULL""")
            .param("t", tenant.value())
            .param("s", subject)
            .update() == 1;
        if (destroyed) {
            audit.record(AuditEvent.of(tenant, actor, "crypto.subject-key.destroy", Outcome.ALLOWED)
                .on("data-subject", subject));
        }
        return destroyed;
    }

    private SubjectKey open(TenantId tenant, UUID subject, byte[] key) {
        return new SubjectKey(tenant.value(), key, count -> countEncryptions(tenant, subject, count));
    }

    private void countEncryptions(TenantId tenant, UUID subject, long count) {
        var total = jdbc.sql("""
                UPDATE crypto.subject_key SET encryptions = encryptions + :n
                WHERE tenant_id = :t AND subject_id = :s AND destroyed_at IS NULL RETURNING encryptions""")
            .param("n", count)
            .param("t", tenant.value())
            .param("s", subject)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new SubjectShredded(subject));
        NonceBudget.standard().require(total - count, count);
    }

    private record Stored(int kekVersion, byte[] wrapped) {
    }

    static KeyLabel subjectLabel(TenantId tenant, UUID subject) {
        return new KeyLabel(KeyKind.SUBJECT_KEY, tenant.value(), subject.toString());
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Keys are used inside the transaction that reads or writes the data");
        }
    }
}

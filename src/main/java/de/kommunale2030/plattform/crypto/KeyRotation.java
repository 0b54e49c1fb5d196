package de.kommunale2030.plattform.crypto;

import java.util.HashMap;
import java.util.UUID;
import java.util.stream.Stream;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.audit.AuditEvent;
import de.kommunale2030.plattform.audit.AuditLog;
import de.kommunale2030.plattform.audit.Outcome;
import de.kommunale2030.plattform.tenancy.Tenant;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rotation by rewrapping: a new master key version rewraps the tenants' keys, a new tenant
 * key-encryption key rewraps the tenant's subject keys. No value is re-encrypted; what was readable
 * stays readable. Each step is recorded in the tenant's audit chain.
 */
@Component
class KeyRotation {

    /** Subject keys rewrapped per transaction, so a large tenant does not hold one long transaction. */
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final TenantKeys tenantKeys;
    private final MasterKeyProvider master;
    private final AuditLog audit;
    private final Tenants tenants;
    private final TenantTransactions transactions;

    KeyRotation(JdbcClient jdbc, TenantKeys tenantKeys, MasterKeyProvider master, AuditLog audit, Tenants tenants,
            TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.tenantKeys = tenantKeys;
        this.master = master;
        this.audit = audit;
        this.tenants = tenants;
        this.transactions = transactions;
    }

    record Rotated(int version, long rewrapped) {
    }

    /** A new key-encryption key version for the tenant; every live subject key is rewrapped under it. */
    Rotated rotateTenantKey(TenantId tenant, Actor actor) {
        var version = transactions.callAs(tenant, () -> {
            var next = tenantKeys.rotate(tenant, KeyKind.TENANT_KEY);
            audit.record(AuditEvent.of(tenant, actor, "crypto.tenant-key.rotate", Outcome.ALLOWED).on("tenant-key", "v" + next));
            return next;
        });
        long rewrapped = 0;
        for (int done = rewrapBatch(tenant, version); done > 0; done = rewrapBatch(tenant, version)) {
            rewrapped += done;
        }
        return new Rotated(version, rewrapped);
    }

    private int rewrapBatch(TenantId tenant, int version) {
        return transactions.callAs(tenant, () -> {
            var stale = jdbc.sql("""
                    SELECT subject_id, kek_version, wrapped FROM crypto.subject_key
                    WHERE tenant_id = :t AND wrapped IS NOT NULL AND kek_version <> :v
                    LIMIT :n FOR UPDATE SKIP LOCKED""")
                .param("t", tenant.value())
                .param("v", version)
                .param("n", BATCH)
                .query((rs, row) -> new Stale(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBytes(3)))
                .list();
            if (stale.isEmpty()) {
                return 0;
            }
            var old = new HashMap<Integer, TenantKeys.Unwrapped>();
            try (var target = tenantKeys.version(tenant, KeyKind.TENANT_KEY, version)) {
                for (var key : stale) {
                    var from = old.computeIfAbsent(key.kekVersion(), v -> tenantKeys.version(tenant, KeyKind.TENANT_KEY, v));
                    var rewrapped = KeyWrap.rewrap(from.key(), target.key(), version, Encryption.subjectLabel(tenant,
                            key.subject()), key.wrapped());
                    jdbc.sql("UPDATE crypto.subject_key SET kek_version = :v, wrapped = :w WHERE tenant_id = :t AND subject_id = :s")
                        .param("v", version)
                        .param("w", rewrapped)
                        .param("t", tenant.value())
                        .param("s", key.subject())
                        .update();
                }
                tenantKeys.countWraps(tenant, version, stale.size());
            }
            finally {
                old.values().forEach(TenantKeys.Unwrapped::close);
            }
            return stale.size();
        });
    }

    /**
     * A new master key version; the keys of every tenant are rewrapped under it.
     *
     * @return the new version
     */
    int rotateMasterKey(Actor actor) {
        var version = master.rotate();
        Stream.concat(tenants.all().stream().map(Tenant::id), tenants.findPlatform().stream()).forEach(tenant -> {
            transactions.runAs(tenant, () -> {
                if (tenantKeys.rewrapUnderCurrentMaster(tenant) > 0) {
                    audit.record(AuditEvent.of(tenant, actor, "crypto.master-key.rewrap", Outcome.ALLOWED)
                        .on("master-key", "v" + version));
                }
            });
        });
        return version;
    }

    private record Stale(UUID subject, int kekVersion, byte[] wrapped) {
    }
}

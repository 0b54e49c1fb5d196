package de.kommunale2030.plattform.crypto;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;
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

    /** @param retired the older key-encryption key versions that lost their key material */
    record Rotated(int version, long rewrapped, List<Integer> retired) {
    }

    /**
     * A new key-encryption key version for the tenant; every live subject key is rewrapped under it,
     * then the older versions are retired: their key material is destroyed, so a subject key that
     * was shredded here but survives in a backup can be unwrapped only with that backup's own copy
     * of the old version, which in turn needs a master key version that {@link #retireMasterKeys}
     * destroys once no backup needs it.
     */
    Rotated rotateTenantKey(TenantId tenant, Actor actor) {
        var version = transactions.callAs(tenant, () -> {
            var next = tenantKeys.rotate(tenant, KeyKind.TENANT_KEY);
            audit.record(AuditEvent.of(tenant, actor, "crypto.tenant-key.rotate", Outcome.ALLOWED).on("tenant-key", "v" + next));
            return next;
        });
        long rewrapped = 0;
        for (int done = rewrapBatch(tenant, version, true); done > 0; done = rewrapBatch(tenant, version, true)) {
            rewrapped += done;
        }
        return new Rotated(version, rewrapped, retireOlderVersions(tenant, actor, version));
    }

    private List<Integer> retireOlderVersions(TenantId tenant, Actor actor, int current) {
        return transactions.callAs(tenant, () -> {
            var older = tenantKeys.lockOlderVersions(tenant, KeyKind.TENANT_KEY, current);
            if (older.isEmpty()) {
                return List.<Integer>of();
            }
            // subject keys wrapped under an older version by transactions that began before the rotation
            // have committed now; this time no row is skipped, so none is left behind under a retired version
            while (rewrapBatch(tenant, current, false) > 0) {
                // until none is left
            }
            tenantKeys.retire(tenant, KeyKind.TENANT_KEY, older);
            audit.recordAll(older.stream()
                .map(retired -> AuditEvent.of(tenant, actor, "crypto.tenant-key.retire", Outcome.ALLOWED)
                    .on("tenant-key", "v" + retired))
                .toList());
            return older;
        });
    }

    private int rewrapBatch(TenantId tenant, int version, boolean skipLocked) {
        return transactions.callAs(tenant, () -> {
            var stale = jdbc.sql("""
                    SELECT subject_id, kek_version, wrapped FROM crypto.subject_key
                    WHERE tenant_id = :t AND wrapped IS NOT NULL AND kek_version <> :v
                    LIMIT :n FOR UPDATE""" + (skipLocked ? " SKIP LOCKED" : ""))
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
        everyTenant().forEach(tenant -> {
            transactions.runAs(tenant, () -> {
                if (tenantKeys.rewrapUnderCurrentMaster(tenant) > 0) {
                    audit.record(AuditEvent.of(tenant, actor, "crypto.master-key.rewrap", Outcome.ALLOWED)
                        .on("master-key", "v" + version));
                }
            });
        });
        return version;
    }

    /**
     * Destroys the master key versions older than the current one that no tenant key is wrapped
     * under any more and whose successor has existed for at least {@code backupRetention}: every
     * backup taken while such a version was current is then past its retention. From that moment a
     * subject shredded before the last tenant key rotation is unreadable in every copy.
     *
     * @return the destroyed versions
     */
    List<Integer> retireMasterKeys(Actor actor, Duration backupRetention, Instant now) {
        var current = master.currentVersion();
        var versions = master.versions();
        var tenantIds = everyTenant();
        var inUse = new TreeSet<Integer>();
        for (var tenant : tenantIds) {
            inUse.addAll(transactions.callAs(tenant, () -> tenantKeys.masterVersionsInUse(tenant)));
        }
        var destroyed = new ArrayList<Integer>();
        for (int version : versions) {
            // backups made while this version was current end when its successor appeared
            if (version >= current || inUse.contains(version)
                    || master.created(versions.tailSet(version + 1).first()).plus(backupRetention).isAfter(now)) {
                continue;
            }
            master.destroy(version);
            destroyed.add(version);
        }
        if (!destroyed.isEmpty()) {
            // every Kommune's backups from that time became unreadable, so every chain says so
            for (var tenant : tenantIds) {
                transactions.runAs(tenant, () -> audit.recordAll(destroyed.stream()
                    .map(version -> AuditEvent.of(tenant, actor, "crypto.master-key.destroy", Outcome.ALLOWED)
                        .on("master-key", "v" + version))
                    .toList()));
            }
        }
        return destroyed;
    }

    /** Every Kommune and the operators' own tenant: all of them hold keys under the master key. */
    private List<TenantId> everyTenant() {
        return Stream.concat(tenants.all().stream().map(Tenant::id), tenants.findPlatform().stream()).toList();
    }

    private record Stale(UUID subject, int kekVersion, byte[] wrapped) {
    }
}

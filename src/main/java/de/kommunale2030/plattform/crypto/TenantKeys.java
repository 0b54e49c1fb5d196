package de.kommunale2030.plattform.crypto;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.kommunale2030.plattform.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A tenant's keys below the master key, stored wrapped in {@code crypto.tenant_key}: versioned
 * key-encryption keys for subject keys, and the key for blind indexes. Version 1 of each kind is
 * created on first use; creating instances race harmlessly, the first insert wins and everyone
 * unwraps that one. Callers run in a transaction bound to the tenant and wipe what they get.
 */
@Component
class TenantKeys {

    private final JdbcClient jdbc;
    private final MasterKeyProvider master;

    TenantKeys(JdbcClient jdbc, MasterKeyProvider master) {
        this.jdbc = jdbc;
        this.master = master;
    }

    /** An unwrapped tenant key and its version; {@link #close} wipes it. */
    record Unwrapped(int version, byte[] key) implements AutoCloseable {

        @Override
        public void close() {
            Keys.wipe(key);
        }
    }

    /**
     * The newest version of the kind, created if the tenant has none yet. A key-encryption key's
     * row is held in share mode until the transaction ends, so that retiring the version waits for
     * whatever is being wrapped under it to commit (and be rewrapped) before the version loses its key.
     */
    Unwrapped current(TenantId tenant, KeyKind kind) {
        var newest = newestVersion(tenant, kind);
        if (newest.isEmpty()) {
            insert(tenant, kind, 1);
            newest = newestVersion(tenant, kind);
        }
        return unwrap(tenant, kind, newest.orElseThrow(), kind == KeyKind.TENANT_KEY ? "FOR SHARE" : "");
    }

    /** A version of the kind, for unwrapping; a retired version is gone and answers as undecryptable. */
    Unwrapped version(TenantId tenant, KeyKind kind, int version) {
        return unwrap(tenant, kind, version, "");
    }

    private Unwrapped unwrap(TenantId tenant, KeyKind kind, int version, String lock) {
        var wrapped = jdbc.sql("SELECT wrapped FROM crypto.tenant_key WHERE tenant_id = :t AND kind = :kind AND version = :v " + lock)
            .param("t", tenant.value())
            .param("kind", kind.label())
            .param("v", version)
            .query((rs, row) -> Optional.ofNullable(rs.getBytes(1)))
            .optional()
            .orElseThrow(() -> new IllegalStateException("Tenant key version " + version + " of kind " + kind + " is missing"))
            .orElseThrow(() -> new UndecryptableValue("Tenant key version " + version + " of kind " + kind + " was retired"));
        return new Unwrapped(version, master.unwrap(label(tenant, kind, version), wrapped));
    }

    /** Adds the next version of the kind and returns it; the caller rewraps what the old one wrapped. */
    int rotate(TenantId tenant, KeyKind kind) {
        var next = newestVersion(tenant, kind).orElse(0) + 1;
        insert(tenant, kind, next);
        return next;
    }

    /**
     * Wraps every key of the tenant again under the master key's current version, after the master
     * key was rotated.
     *
     * @return how many were rewrapped
     */
    int rewrapUnderCurrentMaster(TenantId tenant) {
        var current = master.currentVersion();
        var stale = jdbc.sql("""
                SELECT kind, version, wrapped FROM crypto.tenant_key
                WHERE tenant_id = :t AND master_version <> :m AND wrapped IS NOT NULL
                FOR UPDATE""").param("t", tenant.value()).param("m", current)
            .query((rs, row) -> new Stale(KeyKind.byLabel(rs.getString(1)), rs.getInt(2), rs.getBytes(3)))
            .list();
        for (var key : stale) {
            var rewrapped = master.rewrap(label(tenant, key.kind(), key.version()), key.wrapped());
            jdbc.sql("""
                    UPDATE crypto.tenant_key SET wrapped = :w, master_version = :m
                    WHERE tenant_id = :t AND kind = :kind AND version = :v""")
                .param("w", rewrapped.bytes())
                .param("m", rewrapped.masterKeyVersion())
                .param("t", tenant.value())
                .param("kind", key.kind().label())
                .param("v", key.version())
                .update();
        }
        return stale.size();
    }

    /**
     * Locks the versions of the kind older than {@code current} that still have their key: whoever
     * wraps under one of them holds it in share mode ({@link #current}), so once this returns,
     * every such wrap has committed and is visible to the caller's next statement.
     */
    List<Integer> lockOlderVersions(TenantId tenant, KeyKind kind, int current) {
        return jdbc.sql("""
                SELECT version FROM crypto.tenant_key
                WHERE tenant_id = :t AND kind = :kind AND version < :v AND wrapped IS NOT NULL
                ORDER BY version FOR UPDATE""")
            .param("t", tenant.value())
            .param("kind", kind.label())
            .param("v", current)
            .query(Integer.class)
            .list();
    }

    /** Destroys the key material of these versions; their rows stay, retired (the database keeps them so). */
    void retire(TenantId tenant, KeyKind kind, List<Integer> versions) {
        jdbc.sql("""
                UPDATE crypto.tenant_key SET wrapped = NULL, retired_at = now()
                WHERE tenant_id = :t AND kind = :kind AND version = ANY (:versions)""")
            .param("t", tenant.value())
            .param("kind", kind.label())
            .param("versions", versions.toArray(new Integer[0]))
            .update();
    }

    /** The master key versions this tenant's keys are wrapped under now. */
    Set<Integer> masterVersionsInUse(TenantId tenant) {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT master_version FROM crypto.tenant_key WHERE tenant_id = :t AND wrapped IS NOT NULL")
            .param("t", tenant.value())
            .query(Integer.class)
            .list());
    }

    /** Counts wraps under a key-encryption key version against the random-nonce limit. */
    void countWraps(TenantId tenant, int version, long wraps) {
        var total = jdbc.sql("""
                UPDATE crypto.tenant_key SET wraps = wraps + :n
                WHERE tenant_id = :t AND kind = :kind AND version = :v RETURNING wraps""")
            .param("n", wraps)
            .param("t", tenant.value())
            .param("kind", KeyKind.TENANT_KEY.label())
            .param("v", version)
            .query(Long.class)
            .single();
        NonceBudget.standard().require(total - wraps, wraps);
    }

    private record Stale(KeyKind kind, int version, byte[] wrapped) {
    }

    private Optional<Integer> newestVersion(TenantId tenant, KeyKind kind) {
        return jdbc.sql("SELECT max(version) FROM crypto.tenant_key WHERE tenant_id = :t AND kind = :kind")
            .param("t", tenant.value())
            .param("kind", kind.label())
            .query(Integer.class)
            .optional();
    }

    private void insert(TenantId tenant, KeyKind kind, int version) {
        var key = Keys.generate();
        try {
            var wrapped = master.wrap(label(tenant, kind, version), key);
            jdbc.sql("""
                    INSERT INTO crypto.tenant_key (tenant_id, kind, version, master_version, wrapped)
                    VALUES (:t, :kind, :v, :m, :w) ON CONFLICT DO NOTHING""")
                .param("t", tenant.value())
                .param("kind", kind.label())
                .param("v", version)
                .param("m", wrapped.masterKeyVersion())
                .param("w", wrapped.bytes())
                .update();
        }
        finally {
            Keys.wipe(key);
        }
    }

    static KeyLabel label(TenantId tenant, KeyKind kind, int version) {
        return new KeyLabel(kind, tenant.value(), "v" + version);
    }
}

-- The audit log: one hash chain per tenant (docs/audit-format.md). Rows hold ids, never names or
-- payloads. The application role may only INSERT and SELECT; UPDATE, DELETE and TRUNCATE are
-- refused by the grants and, for every role including the owner, by the triggers below.
-- No foreign key to tenancy.tenant: row-level security already admits only the tenant bound to
-- the transaction, tenants are never deleted, and the per-row key check cost more than a third
-- of an insert (docs/performance.md).
CREATE TABLE audit.entry (
    tenant_id     uuid        NOT NULL,
    seq           bigint      NOT NULL CHECK (seq > 0),
    occurred_at   timestamptz NOT NULL,
    actor_type    text        NOT NULL CHECK (actor_type IN ('USER', 'TOKEN', 'SYSTEM', 'CLI', 'ANONYMOUS')),
    actor_id      uuid,
    actor_roles   text,
    action        text        NOT NULL,
    resource_type text,
    resource_id   text,
    purpose       text,
    outcome       text        NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED', 'FAILED')),
    request_id    text,
    client        text,
    hash          bytea       NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX entry_by_time ON audit.entry (tenant_id, occurred_at);
CREATE INDEX entry_by_actor ON audit.entry (tenant_id, actor_id, seq) WHERE actor_id IS NOT NULL;
CREATE INDEX entry_by_resource ON audit.entry (tenant_id, resource_type, resource_id) WHERE resource_id IS NOT NULL;
SELECT tenancy.protect_tenant_table('audit.entry');

-- A signed checkpoint: (tenant, seq, hash, time) signed with the Ed25519 key kept outside the
-- database. The same line is appended to $K2030_DATA_DIR/audit-checkpoints/.
CREATE TABLE audit.checkpoint (
    tenant_id uuid        NOT NULL REFERENCES tenancy.tenant (id),
    seq       bigint      NOT NULL CHECK (seq > 0),
    hash      bytea       NOT NULL CHECK (length(hash) = 32),
    signed_at timestamptz NOT NULL,
    key_id    text        NOT NULL,
    signature bytea       NOT NULL CHECK (length(signature) = 64),
    PRIMARY KEY (tenant_id, seq)
);
SELECT tenancy.protect_tenant_table('audit.checkpoint');

-- Public halves of the signing keys, so that checkpoints signed before a key change still verify.
CREATE TABLE audit.signing_key (
    key_id     text        PRIMARY KEY,
    public_key bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Locks a tenant's chain until the transaction ends and returns its newest entry (or nothing) and
-- the database time. One round trip; the query after the lock runs with a fresh snapshot (a
-- VOLATILE function in READ COMMITTED), so it sees the entry the previous holder committed.
CREATE FUNCTION audit.lock_chain(chain_tenant uuid, lock_space integer)
    RETURNS TABLE (now timestamptz, last_seq bigint, last_hash bytea, last_time timestamptz)
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(lock_space, hashtext(chain_tenant::text));
    RETURN QUERY
        SELECT clock_timestamp(), e.seq, e.hash, e.occurred_at
        FROM (SELECT 1) AS one
        LEFT JOIN LATERAL (SELECT x.seq, x.hash, x.occurred_at FROM audit.entry AS x WHERE x.tenant_id = chain_tenant
                           ORDER BY x.seq DESC LIMIT 1) AS e ON true;
END
$$;

CREATE FUNCTION audit.refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'audit rows cannot be changed or removed (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER entry_immutable BEFORE UPDATE OR DELETE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER entry_not_truncated BEFORE TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER checkpoint_immutable BEFORE UPDATE OR DELETE ON audit.checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER checkpoint_not_truncated BEFORE TRUNCATE ON audit.checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER signing_key_immutable BEFORE UPDATE OR DELETE ON audit.signing_key
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER signing_key_not_truncated BEFORE TRUNCATE ON audit.signing_key
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

REVOKE ALL ON FUNCTION audit.refuse_change() FROM PUBLIC;
REVOKE ALL ON FUNCTION audit.lock_chain(uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit.lock_chain(uuid, integer) TO ${appRole};
GRANT USAGE ON SCHEMA audit TO ${appRole};
GRANT SELECT, INSERT ON audit.entry, audit.checkpoint, audit.signing_key TO ${appRole};

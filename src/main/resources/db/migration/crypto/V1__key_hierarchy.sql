-- The keys below the master key (ADR 0013). The master key never enters the database; every key
-- here is stored wrapped: tenant keys under a master key version, subject keys under a version
-- of their tenant's key-encryption key. Row-level security as everywhere.

-- A tenant's key-encryption keys (kind 'tenant-kek') and blind-index keys (kind 'blind-index'),
-- versioned. New subject keys are wrapped under the newest KEK version; rotation adds a version
-- and rewraps every subject key, so the data itself is never re-encrypted.
CREATE TABLE crypto.tenant_key (
    tenant_id      uuid        NOT NULL REFERENCES tenancy.tenant (id),
    kind           text        NOT NULL CHECK (kind IN ('tenant-kek', 'blind-index')),
    version        integer     NOT NULL CHECK (version > 0),
    master_version integer     NOT NULL CHECK (master_version > 0),
    wrapped        bytea       NOT NULL,
    -- subject keys wrapped under this version, against NonceBudget's limit for random nonces
    wraps          bigint      NOT NULL DEFAULT 0 CHECK (wraps >= 0),
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, kind, version)
);
SELECT tenancy.protect_tenant_table('crypto.tenant_key');

-- One data-encryption key per data subject. Destroying it (crypto-shredding) sets wrapped to NULL
-- for good: every value encrypted under it, wherever it was copied, can no longer be decrypted.
CREATE TABLE crypto.subject_key (
    tenant_id    uuid        NOT NULL,
    subject_id   uuid        NOT NULL,
    kek_kind     text        NOT NULL DEFAULT 'tenant-kek' CHECK (kek_kind = 'tenant-kek'),
    kek_version  integer     NOT NULL,
    wrapped      bytea,
    -- values encrypted under this key, against NonceBudget's limit for random nonces
    encryptions  bigint      NOT NULL DEFAULT 0 CHECK (encryptions >= 0),
    created_at   timestamptz NOT NULL DEFAULT now(),
    destroyed_at timestamptz,
    PRIMARY KEY (tenant_id, subject_id),
    FOREIGN KEY (tenant_id, kek_kind, kek_version) REFERENCES crypto.tenant_key (tenant_id, kind, version),
    CHECK ((wrapped IS NULL) = (destroyed_at IS NOT NULL))
);
SELECT tenancy.protect_tenant_table('crypto.subject_key');

-- A destroyed key stays destroyed, for every role: no UPDATE may bring it back, and rows are never
-- deleted (the row is the proof that the subject existed and was shredded, with ids only).
CREATE FUNCTION crypto.keep_destroyed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'key rows are never removed (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.destroyed_at IS NOT NULL THEN
        RAISE EXCEPTION 'a destroyed subject key cannot be changed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER subject_key_destroyed_for_good BEFORE UPDATE OR DELETE ON crypto.subject_key
    FOR EACH ROW EXECUTE FUNCTION crypto.keep_destroyed();
CREATE TRIGGER subject_key_not_truncated BEFORE TRUNCATE ON crypto.subject_key
    FOR EACH STATEMENT EXECUTE FUNCTION crypto.keep_destroyed();

REVOKE ALL ON FUNCTION crypto.keep_destroyed() FROM PUBLIC;
GRANT USAGE ON SCHEMA crypto TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON crypto.tenant_key, crypto.subject_key TO ${appRole};

-- Retirement of key-encryption key versions (ADR 0014). Once a rotation has rewrapped every live
-- subject key, the older versions lose their key material for good: a subject key copied into a
-- backup or WAL archive while it was wrapped under such a version can then be unwrapped only with
-- that backup's own copy of the version, which dies with its master key version. The row stays,
-- as the subject keys wrapped under it (destroyed ones included) still name it.
ALTER TABLE crypto.tenant_key ALTER COLUMN wrapped DROP NOT NULL;
ALTER TABLE crypto.tenant_key ADD COLUMN retired_at timestamptz;
ALTER TABLE crypto.tenant_key ADD CONSTRAINT tenant_key_retired_without_key CHECK ((wrapped IS NULL) = (retired_at IS NOT NULL));

-- One rule for both key tables, for every role: rows are never removed, and a row whose marker
-- column (first trigger argument) is set cannot change any more. It replaces keep_destroyed.
CREATE FUNCTION crypto.keep_final() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'key rows are never removed (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF to_jsonb(OLD) ->> TG_ARGV[0] IS NOT NULL THEN
        RAISE EXCEPTION 'a % cannot be changed', TG_ARGV[1] USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION crypto.keep_final() FROM PUBLIC;

DROP TRIGGER subject_key_destroyed_for_good ON crypto.subject_key;
DROP TRIGGER subject_key_not_truncated ON crypto.subject_key;
DROP FUNCTION crypto.keep_destroyed();
CREATE TRIGGER subject_key_destroyed_for_good BEFORE UPDATE OR DELETE ON crypto.subject_key
    FOR EACH ROW EXECUTE FUNCTION crypto.keep_final('destroyed_at', 'destroyed subject key');
CREATE TRIGGER subject_key_not_truncated BEFORE TRUNCATE ON crypto.subject_key
    FOR EACH STATEMENT EXECUTE FUNCTION crypto.keep_final('destroyed_at', 'destroyed subject key');
CREATE TRIGGER tenant_key_retired_for_good BEFORE UPDATE OR DELETE ON crypto.tenant_key
    FOR EACH ROW EXECUTE FUNCTION crypto.keep_final('retired_at', 'retired tenant key');
CREATE TRIGGER tenant_key_not_truncated BEFORE TRUNCATE ON crypto.tenant_key
    FOR EACH STATEMENT EXECUTE FUNCTION crypto.keep_final('retired_at', 'retired tenant key');

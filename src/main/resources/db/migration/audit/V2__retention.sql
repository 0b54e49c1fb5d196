-- Retention of the audit log (docs/audit-format.md, "Retention"). Each tenant keeps its entries
-- for a number of months (default 24); older entries are removed only up to a signed checkpoint,
-- which stays as the anchor the rest of the chain verifies from. The application role cannot
-- delete audit rows itself: audit.prune does, runs as the owner, and checks the retention period
-- in the database, so not even a compromised application removes entries younger than it.
CREATE TABLE audit.retention (
    tenant_id   uuid    PRIMARY KEY REFERENCES tenancy.tenant (id),
    -- at least six months: ChainVerification.MINIMUM_RETENTION_MONTHS checks pruning against it
    keep_months integer NOT NULL CHECK (keep_months BETWEEN 6 AND 360)
);
SELECT tenancy.protect_tenant_table('audit.retention');

CREATE FUNCTION audit.retention_months(chain_tenant uuid) RETURNS integer
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce((SELECT keep_months FROM audit.retention WHERE tenant_id = chain_tenant), 24)
$$;

-- Only deletions that audit.prune announces for its own tenant and anchor pass; everything else
-- is refused as before, for every role.
CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    pruning text := coalesce(current_setting('audit.prune', true), '');
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME IN ('entry', 'checkpoint') AND pruning <> '' THEN
        IF split_part(pruning, ':', 1) = OLD.tenant_id::text AND OLD.seq <= split_part(pruning, ':', 2)::bigint THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit rows cannot be changed or removed (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Removes a tenant's entries up to and including anchor_seq and the checkpoints before it, under
-- the chain's lock. Refuses unless a signed checkpoint exists at anchor_seq and the entry there
-- is older than the tenant's retention period. Row-level security still applies (the owner is
-- subject to it too), so only the tenant bound to the transaction can be pruned. The caller
-- records the pruning in the same transaction; verification requires that record.
CREATE FUNCTION audit.prune(chain_tenant uuid, lock_space integer, anchor_seq bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    anchor_time timestamptz;
    removed     bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(lock_space, hashtext(chain_tenant::text));
    IF NOT EXISTS (SELECT 1 FROM audit.checkpoint WHERE tenant_id = chain_tenant AND seq = anchor_seq) THEN
        RAISE EXCEPTION 'audit entries are pruned only up to a signed checkpoint (none at %)', anchor_seq
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT occurred_at INTO anchor_time FROM audit.entry WHERE tenant_id = chain_tenant AND seq = anchor_seq;
    IF anchor_time IS NULL
       OR anchor_time >= now() - make_interval(months => audit.retention_months(chain_tenant)) THEN
        RAISE EXCEPTION 'audit entry % is within the retention period or already pruned', anchor_seq
            USING ERRCODE = 'check_violation';
    END IF;
    PERFORM set_config('audit.prune', chain_tenant::text || ':' || anchor_seq, true);
    DELETE FROM audit.entry WHERE tenant_id = chain_tenant AND seq <= anchor_seq;
    GET DIAGNOSTICS removed = ROW_COUNT;
    DELETE FROM audit.checkpoint WHERE tenant_id = chain_tenant AND seq < anchor_seq;
    PERFORM set_config('audit.prune', '', true);
    RETURN removed;
END
$$;

REVOKE ALL ON FUNCTION audit.retention_months(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit.prune(uuid, integer, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit.retention_months(uuid) TO ${appRole};
GRANT EXECUTE ON FUNCTION audit.prune(uuid, integer, bigint) TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON audit.retention TO ${appRole};

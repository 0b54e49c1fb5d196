-- The register of tenants (Kommunen). Public facts about a Kommune, no personal data.
CREATE TABLE tenancy.tenant (
    id         uuid        PRIMARY KEY,
    ags        char(8)     NOT NULL UNIQUE CHECK (ags ~ '^(0[1-9]|1[0-6])[0-9]{6}$'),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The tenant bound to the current transaction, or NULL. Every row-level security policy of the
-- platform compares tenant_id with this function, so no policy can get the binding wrong.
CREATE FUNCTION tenancy.current_tenant_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

REVOKE ALL ON FUNCTION tenancy.current_tenant_id() FROM PUBLIC;
GRANT USAGE ON SCHEMA tenancy TO ${appRole};
GRANT EXECUTE ON FUNCTION tenancy.current_tenant_id() TO ${appRole};
GRANT SELECT, INSERT ON tenancy.tenant TO ${appRole};

-- Accounts of the people working in a tenant. Minimal for now; the identity issue extends it.
CREATE TABLE identity.account (
    tenant_id                uuid        NOT NULL REFERENCES tenancy.tenant (id),
    id                       uuid        PRIMARY KEY,
    username                 text        NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    password_hash            text        NOT NULL,
    password_change_required boolean     NOT NULL,
    roles                    text[]      NOT NULL,
    created_at               timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, username)
);

ALTER TABLE identity.account ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.account FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON identity.account
    USING (tenant_id = tenancy.current_tenant_id())
    WITH CHECK (tenant_id = tenancy.current_tenant_id());

GRANT USAGE ON SCHEMA identity TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON identity.account TO ${appRole};

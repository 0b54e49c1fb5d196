-- API tokens for machine clients (a municipality's own systems). Only a SHA-256 of the 256-bit
-- secret is stored; the token is shown once.
CREATE TABLE identity.api_token (
    tenant_id       uuid        NOT NULL REFERENCES tenancy.tenant (id),
    id              uuid        PRIMARY KEY,
    service_account text        NOT NULL CHECK (service_account ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    scopes          text[]      NOT NULL,
    secret_hash     bytea       NOT NULL,
    created_by      uuid        NOT NULL REFERENCES identity.account (id),
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    revoked_at      timestamptz,
    last_used_at    timestamptz
);
SELECT tenancy.protect_tenant_table('identity.api_token');

GRANT SELECT, INSERT, UPDATE ON identity.api_token TO ${appRole};

-- Session limits a tenant chooses for itself; without a row the installation's defaults apply.
CREATE TABLE identity.session_policy (
    tenant_id        uuid    PRIMARY KEY REFERENCES tenancy.tenant (id),
    idle_minutes     integer NOT NULL CHECK (idle_minutes BETWEEN 5 AND 480),
    absolute_minutes integer NOT NULL CHECK (absolute_minutes BETWEEN 30 AND 1440)
);
SELECT tenancy.protect_tenant_table('identity.session_policy');

GRANT SELECT, INSERT, UPDATE ON identity.session_policy TO ${appRole};

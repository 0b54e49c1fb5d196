-- Sign-in: MFA, lockout, org units, recovery codes, login throttling and server-side sessions.

ALTER TABLE identity.account
    ADD COLUMN display_name        text        CHECK (display_name IS NULL OR length(display_name) BETWEEN 1 AND 200),
    ADD COLUMN active              boolean     NOT NULL DEFAULT true,
    -- AES-256-GCM(nonce || ciphertext || tag) of the TOTP secret, bound to tenant and account
    ADD COLUMN mfa_secret          bytea,
    ADD COLUMN mfa_last_step       bigint,
    ADD COLUMN failed_attempts     integer     NOT NULL DEFAULT 0,
    ADD COLUMN first_failed_at     timestamptz,
    ADD COLUMN locked_until        timestamptz,
    ADD COLUMN lockouts            integer     NOT NULL DEFAULT 0,
    ADD COLUMN password_changed_at timestamptz;

CREATE TABLE identity.recovery_code (
    tenant_id  uuid        NOT NULL REFERENCES tenancy.tenant (id),
    account_id uuid        NOT NULL REFERENCES identity.account (id) ON DELETE CASCADE,
    code_hash  bytea       NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (account_id, code_hash)
);
SELECT tenancy.protect_tenant_table('identity.recovery_code');

-- Ämter and Fachbereiche; a user sees records of their own units unless a permission says otherwise.
CREATE TABLE identity.org_unit (
    tenant_id uuid NOT NULL REFERENCES tenancy.tenant (id),
    id        uuid PRIMARY KEY,
    key       text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name      text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    UNIQUE (tenant_id, key)
);
SELECT tenancy.protect_tenant_table('identity.org_unit');

CREATE TABLE identity.account_org_unit (
    tenant_id   uuid NOT NULL REFERENCES tenancy.tenant (id),
    account_id  uuid NOT NULL REFERENCES identity.account (id) ON DELETE CASCADE,
    org_unit_id uuid NOT NULL REFERENCES identity.org_unit (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, org_unit_id)
);
SELECT tenancy.protect_tenant_table('identity.account_org_unit');

-- Sign-in attempts per client address and time window, across all instances. The address is
-- stored as an HMAC, never in clear: an IP address is personal data.
CREATE TABLE identity.login_throttle (
    client_hash  bytea       NOT NULL,
    window_start timestamptz NOT NULL,
    attempts     integer     NOT NULL,
    PRIMARY KEY (client_hash, window_start)
);

-- Server-side HTTP sessions (Spring Session JDBC), shared by all instances. Session ids are
-- 256-bit random values; only the platform's own ids and an account id live here.
CREATE TABLE identity.spring_session (
    primary_id            char(36)     NOT NULL PRIMARY KEY,
    session_id            varchar(64)  NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval integer      NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON identity.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON identity.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON identity.spring_session (principal_name);

CREATE TABLE identity.spring_session_attributes (
    session_primary_id char(36)     NOT NULL REFERENCES identity.spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON identity.recovery_code TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON identity.org_unit TO ${appRole};
GRANT SELECT, INSERT, DELETE ON identity.account_org_unit TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON identity.login_throttle TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON identity.spring_session TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON identity.spring_session_attributes TO ${appRole};

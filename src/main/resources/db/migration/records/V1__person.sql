-- Data subjects (Personen). Every personal field is an AES-256-GCM envelope under the person's own
-- key (crypto.subject_key, subject = person id), bound to tenant, table, column and row; the
-- database never sees a name, a date of birth or an address in clear. name_birth_index is a blind
-- index (HMAC under the tenant's blind-index key) over family name and birth date for exact search.
CREATE TABLE records.person (
    tenant_id        uuid        NOT NULL REFERENCES tenancy.tenant (id),
    id               uuid        PRIMARY KEY,
    family_name      bytea       NOT NULL,
    given_names      bytea,
    birth_date       bytea,
    street           bytea,
    postal_code      bytea,
    city             bytea,
    email            bytea,
    phone            bytea,
    name_birth_index bytea       CHECK (length(name_birth_index) = 32),
    created_at       timestamptz NOT NULL DEFAULT now(),
    -- set when the person's key was destroyed (erasure): the row stays as proof, unreadable
    erased_at        timestamptz
);
CREATE INDEX person_by_name_birth ON records.person (tenant_id, name_birth_index) WHERE name_birth_index IS NOT NULL;
SELECT tenancy.protect_tenant_table('records.person');

GRANT USAGE ON SCHEMA records TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON records.person TO ${appRole};

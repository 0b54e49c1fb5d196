-- Documents of a case (uploaded Bescheide, letters, photos). Content and file name are envelopes
-- under the case subject's key: file names often carry names too, and erasing the person makes
-- their documents unreadable with everything else. Type and size are checked before storing.
CREATE TABLE records.dokument (
    tenant_id   uuid        NOT NULL REFERENCES tenancy.tenant (id),
    id          uuid        PRIMARY KEY,
    vorgang_id  uuid        NOT NULL REFERENCES records.vorgang (id),
    subject_id  uuid        NOT NULL,
    media_type  text        NOT NULL,
    size_bytes  integer     NOT NULL CHECK (size_bytes > 0),
    file_name   bytea       NOT NULL,
    content     bytea       NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dokument_by_vorgang ON records.dokument (tenant_id, vorgang_id);
SELECT tenancy.protect_tenant_table('records.dokument');

GRANT SELECT, INSERT ON records.dokument TO ${appRole};

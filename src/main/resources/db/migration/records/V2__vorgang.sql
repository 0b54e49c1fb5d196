-- Case categories: which purposes a case of the category may be processed for, and which fields it
-- may hold (data minimisation: anything else is refused). The same for every Kommune for now.
CREATE TABLE records.case_category (
    key      text    PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9-]{1,62}$'),
    name     text    NOT NULL,
    purposes text[]  NOT NULL CHECK (cardinality(purposes) > 0),
    fields   text[]  NOT NULL,
    position integer NOT NULL UNIQUE
);

INSERT INTO records.case_category (key, name, purposes, fields, position) VALUES
    ('grundsteuer', 'Grundsteuer', '{grundsteuer}', '{kassenzeichen,aktenzeichen,flurstueck,gemarkung,steuermessbetrag}', 1),
    ('abfallgebuehren', 'Abfall- und Straßenreinigungsgebühren', '{abfallgebuehren}',
     '{kassenzeichen,behaeltervolumen,abholrhythmus}', 2),
    ('hundesteuer', 'Hundesteuer', '{hundesteuer}', '{kassenzeichen,hundemarke,anzahl-hunde}', 3),
    ('bussgeld', 'Bußgeldverfahren', '{bussgeldverfahren}', '{aktenzeichen,kennzeichen,tatzeit,tatort}', 4),
    ('kita-beitrag', 'Elternbeiträge Kindertagesstätte', '{kita-beitraege}', '{kassenzeichen,einrichtung,betreuungsumfang}', 5),
    ('buergeranliegen', 'Anliegen von Bürgerinnen und Bürgern', '{buergeranliegen}', '{aktenzeichen,betreff}', 6);

-- A case (Vorgang) of one data subject in one org unit. Its fields are one envelope under the
-- subject's key, so erasing the person erases their cases' contents too. org_unit_id and purpose
-- name rows of other modules (identity, privacy) and are checked by the application.
CREATE TABLE records.vorgang (
    tenant_id   uuid        NOT NULL REFERENCES tenancy.tenant (id),
    id          uuid        PRIMARY KEY,
    category    text        NOT NULL REFERENCES records.case_category (key),
    purpose     text        NOT NULL,
    org_unit_id uuid        NOT NULL,
    subject_id  uuid        NOT NULL REFERENCES records.person (id),
    status      text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opened_on   date        NOT NULL,
    closed_on   date,
    fields      bytea,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
);
CREATE INDEX vorgang_by_unit ON records.vorgang (tenant_id, org_unit_id);
CREATE INDEX vorgang_by_subject ON records.vorgang (tenant_id, subject_id);
SELECT tenancy.protect_tenant_table('records.vorgang');

GRANT SELECT ON records.case_category TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON records.vorgang TO ${appRole};

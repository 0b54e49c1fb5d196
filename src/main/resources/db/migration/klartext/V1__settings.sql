-- What a Kommune chooses for Bescheid-Klartext; without a row the installation's defaults apply.
-- days_after_posting: the Bekanntgabe fiction of the Land law the Kommune applies (4 since 2025
-- under the federal VwVfG and the AO, 3 where the Land law has not followed yet).
-- language_model: whether explanations may use the installation's EU language model at all
-- (off by default: the built-in engine keeps everything inside the platform).
-- kept_terms / masked_terms: the anonymiser's allow and deny lists (local street names, names of
-- institutions that look like persons; terms that must always be masked). They hold terms, not
-- citizens' data; the settings page says so.
CREATE TABLE klartext.settings (
    tenant_id          uuid    PRIMARY KEY REFERENCES tenancy.tenant (id),
    days_after_posting integer NOT NULL CHECK (days_after_posting BETWEEN 0 AND 14),
    language_model     boolean NOT NULL,
    kept_terms         text[]  NOT NULL CHECK (cardinality(kept_terms) <= 500),
    masked_terms       text[]  NOT NULL CHECK (cardinality(masked_terms) <= 500)
);
SELECT tenancy.protect_tenant_table('klartext.settings');

GRANT USAGE ON SCHEMA klartext TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON klartext.settings TO ${appRole};

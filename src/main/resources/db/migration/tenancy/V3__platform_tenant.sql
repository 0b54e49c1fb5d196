-- The platform's own operators live in one reserved tenant of their own, so that their accounts
-- use the same sign-in, second factor, lockout and row-level security as everybody else, and
-- are separated from every Kommune. It has no AGS: it is no Kommune.
ALTER TABLE tenancy.tenant ADD COLUMN kind text NOT NULL DEFAULT 'KOMMUNE' CHECK (kind IN ('KOMMUNE', 'PLATTFORM'));
ALTER TABLE tenancy.tenant ALTER COLUMN ags DROP NOT NULL;
ALTER TABLE tenancy.tenant ADD CONSTRAINT tenant_ags_exactly_for_kommunen CHECK ((kind = 'KOMMUNE') = (ags IS NOT NULL));
CREATE UNIQUE INDEX tenant_single_platform ON tenancy.tenant (kind) WHERE kind = 'PLATTFORM';

-- One place for the rule every table with tenant data follows: row-level security enabled and
-- forced, and the policy that admits only rows of the tenant bound to the transaction. Modules
-- call it from their migrations (run as the migration role, which owns their tables).
CREATE FUNCTION tenancy.protect_tenant_table(tenant_table regclass) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = tenancy.current_tenant_id()) '
                   'WITH CHECK (tenant_id = tenancy.current_tenant_id())', tenant_table);
END
$$;

REVOKE ALL ON FUNCTION tenancy.protect_tenant_table(regclass) FROM PUBLIC;

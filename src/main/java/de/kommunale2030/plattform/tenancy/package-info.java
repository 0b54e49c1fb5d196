/**
 * Tenants: one Kommune each, identified by its Amtlicher Gemeindeschlüssel.
 * <p>
 * Tenant separation is enforced by PostgreSQL, not by application code: every table holding
 * tenant data has a {@code tenant_id}, row-level security enabled and forced, and the policy
 * {@code tenant_id = tenancy.current_tenant_id()}. The transaction manager of this module binds
 * the tenant of {@link de.kommunale2030.plattform.tenancy.TenantContext} to every transaction with
 * a transaction-local setting; with no tenant bound a transaction sees no tenant rows at all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy", allowedDependencies = "database")
package de.kommunale2030.plattform.tenancy;

/**
 * The audit log: every access and change of tenant data and every authentication and
 * administration event, one gapless hash chain per tenant, signed checkpoints kept in the database
 * and in a file outside it, verification, and exports that anyone can verify offline
 * (docs/audit-format.md). Entries hold ids, never names or payloads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = { "tenancy", "database", "cli", "secrets", "identity", "protection" })
package de.kommunale2030.plattform.audit;

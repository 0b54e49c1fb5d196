/**
 * Accounts of the people who work in a tenant, their roles and permissions, and sign-in:
 * password (Argon2id, common-password list), one-time initial passwords, mandatory TOTP second
 * factor with single-use recovery codes, lockout and per-address throttling, server-side sessions
 * in PostgreSQL. Signed-in requests run bound to their tenant.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = { "tenancy", "database", "cli", "secrets", "protection" })
package de.kommunale2030.plattform.identity;

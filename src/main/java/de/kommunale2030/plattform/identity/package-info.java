/**
 * Accounts of the people who work in a tenant. So far: the first administrator account created
 * together with its tenant, with a one-time initial password stored as an Argon2id hash.
 * Sign-in, roles, MFA and sessions follow in the identity issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = { "tenancy", "database", "cli" })
package de.kommunale2030.plattform.identity;

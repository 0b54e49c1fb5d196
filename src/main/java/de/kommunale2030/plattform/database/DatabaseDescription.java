package de.kommunale2030.plattform.database;

/**
 * What the running platform knows about its database, for operators and the transparency page.
 *
 * @param embedded        whether the platform runs its own PostgreSQL in the data directory
 * @param applicationRole the role all requests run as (owns no table, subject to row-level security)
 * @param migrationRole   the role that owns the schema; used only while migrating
 */
public record DatabaseDescription(boolean embedded, String applicationRole, String migrationRole) {
}

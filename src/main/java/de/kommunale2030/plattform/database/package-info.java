/**
 * The platform's PostgreSQL: an embedded server in the data directory by default, an external one
 * by configuration. Owns the two database roles (a migration role that owns every table and an
 * application role that owns nothing and cannot bypass row-level security), runs each module's
 * Flyway migrations through a DataSource that lives only for the migration, and offers the
 * application DataSource to the rest of the platform.
 * <p>
 * Modules take part by declaring a {@link de.kommunale2030.plattform.database.ModuleSchema} bean;
 * their migrations live in {@code db/migration/<schema>/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database", allowedDependencies = "secrets")
package de.kommunale2030.plattform.database;

package de.kommunale2030.plattform.database;

import java.util.regex.Pattern;

/**
 * A module's own PostgreSQL schema with its Flyway migrations in {@code classpath:db/migration/<name>}.
 * Schemas migrate in ascending {@code order}, so a module whose tables reference another module's
 * tables declares a higher order than that module.
 *
 * @param name  schema name, lower-case letters only
 * @param order position in the migration sequence
 */
public record ModuleSchema(String name, int order) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]{1,30}");

    public ModuleSchema {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Schema name must be lower-case letters: " + name);
        }
    }

    String migrationLocation() {
        return "classpath:db/migration/" + name;
    }
}

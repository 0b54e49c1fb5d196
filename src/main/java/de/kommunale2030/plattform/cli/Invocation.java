package de.kommunale2030.plattform.cli;

import java.util.Map;
import java.util.Optional;

/**
 * A validated command line: the command, its options (every required one present) and its
 * positional arguments (all present), each keyed by the name the catalogue gives it.
 */
public record Invocation(String command, Map<String, String> options, Map<String, String> arguments) {

    public Invocation {
        options = Map.copyOf(options);
        arguments = Map.copyOf(arguments);
    }

    /** A required option; an optional one may be absent, so it is read through {@link #optional}. */
    public String option(String name) {
        var value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Option --" + name + " is not part of this invocation");
        }
        return value;
    }

    /** An option the command may be given without. */
    public Optional<String> optional(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** A positional argument, by the name the catalogue gives it (lower case, e.g. {@code "file"}). */
    public String argument(String name) {
        var value = arguments.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Argument " + name + " is not part of this invocation");
        }
        return value;
    }
}

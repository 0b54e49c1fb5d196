package de.kommunale2030.plattform.cli;

import java.util.Map;

/**
 * A validated command line: the command and its options, all required options present.
 */
public record Invocation(String command, Map<String, String> options) {

    public Invocation {
        options = Map.copyOf(options);
    }

    public String option(String name) {
        var value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Option --" + name + " is not part of this invocation");
        }
        return value;
    }
}

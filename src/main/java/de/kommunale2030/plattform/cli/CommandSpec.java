package de.kommunale2030.plattform.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * @param name       the command words
 * @param arguments  the names of the positional arguments in the order they are typed; all required but an
 *                   {@linkplain #optionalArgument optional} last one
 * @param options    the options in the order shown in the usage line
 * @param standalone whether the command runs without the application context (no Spring, no
 *                   database, no server), with a handler found through the {@link java.util.ServiceLoader}
 * @param summary    one line of help
 */
record CommandSpec(String name, List<String> arguments, List<Option> options, boolean standalone, String summary) {

    private static final String OPTIONAL = "?";

    CommandSpec {
        arguments = List.copyOf(arguments);
        options = List.copyOf(options);
    }

    /** A command that runs in the application context and takes options only. */
    CommandSpec(String name, List<Option> options, String summary) {
        this(name, List.of(), options, false, summary);
    }

    Optional<Option> option(String name) {
        return options.stream().filter(option -> option.name().equals(name)).findFirst();
    }

    /** A positional argument that may be left out, e.g. {@code FILE} when options can name the input instead. */
    static String optionalArgument(String name) {
        return name + OPTIONAL;
    }

    static boolean isOptional(String argument) {
        return argument.endsWith(OPTIONAL);
    }

    /** The name under which {@link Invocation#arguments()} holds the argument. */
    static String key(String argument) {
        return isOptional(argument) ? argument.substring(0, argument.length() - OPTIONAL.length()) : argument;
    }

    String usage() {
        var usage = new StringBuilder("./k2030 ").append(name);
        arguments.forEach(argument -> usage.append(' ')
            .append(isOptional(argument) ? "[" + placeholder(key(argument)) + "]" : placeholder(argument)));
        options.forEach(option -> usage.append(' ').append(option.usage()));
        return usage.toString();
    }

    static String placeholder(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /**
     * @param name     the option without its leading {@code --}
     * @param value    what the usage line shows for the value
     * @param required whether parsing fails without it
     */
    record Option(String name, String value, boolean required) {

        static Option required(String name) {
            return required(name, placeholder(name));
        }

        /** The value is named apart from the option where the option names a role, e.g. {@code --tenant AGS}. */
        static Option required(String name, String value) {
            return new Option(name, value, true);
        }

        static Option optional(String name) {
            return optional(name, placeholder(name));
        }

        static Option optional(String name, String value) {
            return new Option(name, value, false);
        }

        String usage() {
            var usage = "--" + name + " " + value;
            return required ? usage : "[" + usage + "]";
        }
    }
}

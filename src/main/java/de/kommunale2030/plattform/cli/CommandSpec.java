package de.kommunale2030.plattform.cli;

import java.util.List;

/**
 * @param name    the command words
 * @param options the options, all required, in the order shown in the usage line
 * @param summary one line of help
 */
record CommandSpec(String name, List<String> options, String summary) {

    String usage() {
        var usage = new StringBuilder("./k2030 ").append(name);
        options.forEach(option -> usage.append(" --").append(option).append(' ').append(option.toUpperCase()));
        return usage.toString();
    }
}

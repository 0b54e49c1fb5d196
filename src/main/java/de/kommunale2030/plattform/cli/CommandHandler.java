package de.kommunale2030.plattform.cli;

import java.io.PrintStream;

/**
 * Carries out one command of the catalogue inside a running application context.
 */
public interface CommandHandler {

    /** The command as typed, for example {@code "tenant create"}. */
    String command();

    /**
     * @param out the command's result only
     * @param err messages for the person at the terminal
     * @return the process exit code
     */
    int run(Invocation invocation, PrintStream out, PrintStream err);
}

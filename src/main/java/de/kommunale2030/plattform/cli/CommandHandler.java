package de.kommunale2030.plattform.cli;

import java.io.PrintStream;

/**
 * Carries out one command of the catalogue.
 * <p>
 * Most commands run inside an application context; their handler is a Spring bean of the module
 * that offers the command.
 * <p>
 * A standalone command of the catalogue runs without one (no Spring, no database, no server), so
 * its handler cannot be a bean: it is found through {@link java.util.ServiceLoader}. Such a handler
 * is a public class with a public no-argument constructor, named on a line of
 * {@code META-INF/services/de.kommunale2030.plattform.cli.CommandHandler} in the module's
 * resources. Every standalone command instantiates every registered handler to ask for its
 * {@link #command()}, so the constructor does no work and cannot fail; whatever the command needs
 * it builds in {@link #run}, without beans or application properties.
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

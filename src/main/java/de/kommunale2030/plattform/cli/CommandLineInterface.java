package de.kommunale2030.plattform.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Map;

import de.kommunale2030.plattform.cli.CommandCatalog.UsageException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;

/**
 * Entry point of {@code ./k2030}.
 */
public final class CommandLineInterface {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private CommandLineInterface() {
    }

    /**
     * Runs the command line of a process: {@code serve} keeps the process alive with the web server,
     * every other command ends the process with its exit code.
     */
    public static void main(Class<?> application, String[] args) {
        Invocation invocation;
        try {
            invocation = CommandCatalog.parse(args);
        }
        catch (UsageException e) {
            System.err.println(e.getMessage());
            System.exit(USAGE);
            return;
        }
        if (CommandCatalog.SERVE.equals(invocation.command())) {
            new SpringApplicationBuilder(application).main(application).run();
            return;
        }
        System.exit(run(application, args, System.out, System.err, Map.of()));
    }

    /**
     * Runs one command other than {@code serve} and returns its exit code.
     *
     * @param overrides application properties that take precedence over every other source (tests
     *                  point the data directory elsewhere)
     */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err,
            Map<String, Object> overrides) {
        Invocation invocation;
        try {
            invocation = CommandCatalog.parse(args);
        }
        catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        if (CommandCatalog.HELP.equals(invocation.command())) {
            out.print(CommandCatalog.help());
            return OK;
        }
        if (CommandCatalog.SERVE.equals(invocation.command())) {
            err.println("\"serve\" läuft dauerhaft und wird nur direkt als Prozess gestartet");
            return USAGE;
        }
        try (var context = new SpringApplicationBuilder(application).main(application).web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .properties(Map.of("logging.level.root", "WARN"))
            .initializers(ctx -> ctx.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("k2030-cli-overrides", overrides)))
            .run()) {
            var handlers = context.getBeansOfType(CommandHandler.class).values().stream()
                .filter(handler -> handler.command().equals(invocation.command()))
                .toList();
            if (handlers.size() != 1) {
                err.println("Interner Fehler: Befehl \"" + invocation.command() + "\" hat " + handlers.size()
                        + " Ausführungen statt genau einer");
                return FAILURE;
            }
            return handlers.getFirst().run(invocation, out, err);
        }
        catch (RuntimeException e) {
            err.println("Fehler: Der Befehl konnte nicht ausgeführt werden (" + rootCause(e) + ")");
            return FAILURE;
        }
    }

    /**
     * The innermost cause names what went wrong (a port in use, a missing variable) without the
     * layers of context start-up around it. A database error is named by its SQL state only: the
     * driver's message may quote row values.
     */
    private static String rootCause(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof SQLException sql) {
            return cause.getClass().getSimpleName() + ", SQL-Status " + sql.getSQLState();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}

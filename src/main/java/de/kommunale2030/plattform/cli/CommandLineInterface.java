package de.kommunale2030.plattform.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import de.kommunale2030.plattform.cli.CommandCatalog.UsageException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Entry point of {@code ./k2030}.
 */
public final class CommandLineInterface {

    private static final String STANDALONE_LOGGING_PROPERTY = "logback.configurationFile";

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private CommandLineInterface() {
    }

    /**
     * Runs the command line of a process: {@code serve} keeps the process alive with the web server,
     * every other command ends the process with its exit code. A standalone command (see
     * {@link CommandHandler}) starts no application context at all.
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
     *                  point the data directory elsewhere); a standalone command reads none
     */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err,
            Map<String, Object> overrides) {
        return run(args, out, err, ServiceLoader.load(CommandHandler.class),
                () -> new SpringApplicationBuilder(application).main(application)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .properties(Map.of("logging.level.root", "WARN"))
                    .initializers(ctx -> ctx.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("k2030-cli-overrides", overrides)))
                    .run());
    }

    /**
     * Both ways of finding a handler are passed in so that tests can dispatch without the service
     * files of the class path and see whether a context was started.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Iterable<CommandHandler> standaloneHandlers,
            Supplier<ConfigurableApplicationContext> contextFactory) {
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
        try {
            if (CommandCatalog.spec(invocation).standalone()) {
                // Without a context logback-spring.xml is never read, and Logback's own default would
                // print DEBUG lines on standard output, mixed into the command's result.
                if (System.getProperty(STANDALONE_LOGGING_PROPERTY) == null) {
                    System.setProperty(STANDALONE_LOGGING_PROPERTY, "logback-standalone.xml");
                }
                return dispatch(invocation, standaloneHandlers, out, err);
            }
            try (var context = contextFactory.get()) {
                return dispatch(invocation, context.getBeansOfType(CommandHandler.class).values(), out, err);
            }
        }
        // A service file naming a missing class or one without a public no-argument constructor
        // surfaces as an Error while the loader is iterated.
        catch (RuntimeException | ServiceConfigurationError e) {
            err.println("Fehler: Der Befehl konnte nicht ausgeführt werden (" + rootCause(e) + ")");
            return FAILURE;
        }
    }

    private static int dispatch(Invocation invocation, Iterable<CommandHandler> handlers, PrintStream out,
            PrintStream err) {
        var matching = StreamSupport.stream(handlers.spliterator(), false)
            .filter(handler -> handler.command().equals(invocation.command()))
            .toList();
        if (matching.size() != 1) {
            err.println("Interner Fehler: Befehl \"" + invocation.command() + "\" hat " + matching.size()
                    + " Ausführungen statt genau einer");
            return FAILURE;
        }
        return matching.getFirst().run(invocation, out, err);
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

package de.kommunale2030.plattform.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which way a command finds its handler: standalone commands through the handlers the
 * {@link java.util.ServiceLoader} would give and without starting a context, every other command
 * through the beans of a context. The seam takes both, so no fake command enters the catalogue and
 * no service file is needed.
 */
class CliDispatchTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicInteger contextsStarted = new AtomicInteger();
    private final List<CommandHandler> contextHandlers = new ArrayList<>();

    @Test
    void standaloneCommandRunsItsLoadedHandlerWithoutStartingAContext() {
        var handler = new RecordingHandler("audit verify-export", 3);

        var code = run(List.of(new RecordingHandler("something else", 0), handler), "audit", "verify-export",
                "audit.jsonl", "--public-key", "key.pem");

        assertThat(code).isEqualTo(3);
        assertThat(contextsStarted).hasValue(0);
        assertThat(handler.invocations).singleElement().satisfies(invocation -> {
            assertThat(invocation.argument("file")).isEqualTo("audit.jsonl");
            assertThat(invocation.optional("public-key")).contains("key.pem");
        });
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualToIgnoringNewLines("geprüft");
    }

    @Test
    void standaloneCommandWithoutHandlerIsAnInternalErrorAndStartsNoContext() {
        var code = run(List.of(), "audit", "verify-export", "audit.jsonl");

        assertThat(code).isEqualTo(CommandLineInterface.FAILURE);
        assertThat(contextsStarted).hasValue(0);
        assertThat(err()).contains(
                "Interner Fehler: Befehl \"audit verify-export\" hat 0 Ausführungen statt genau einer");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void standaloneCommandWithTwoHandlersIsAnInternalError() {
        var first = new RecordingHandler("audit verify-export", 0);
        var second = new RecordingHandler("audit verify-export", 0);

        var code = run(List.of(first, second), "audit", "verify-export", "audit.jsonl");

        assertThat(code).isEqualTo(CommandLineInterface.FAILURE);
        assertThat(err()).contains("hat 2 Ausführungen statt genau einer");
        assertThat(first.invocations).isEmpty();
        assertThat(second.invocations).isEmpty();
    }

    @Test
    void standaloneHandlerFailureIsReportedLikeAnyOther() {
        var failing = new RecordingHandler("audit verify-export", 0) {
            @Override
            public int run(Invocation invocation, PrintStream out, PrintStream err) {
                throw new UncheckedIOException(new NoSuchFileException(invocation.argument("file")));
            }
        };

        var code = run(List.of(failing), "audit", "verify-export", "fehlt.jsonl");

        assertThat(code).isEqualTo(CommandLineInterface.FAILURE);
        assertThat(err()).contains("Fehler: Der Befehl konnte nicht ausgeführt werden (NoSuchFileException: fehlt.jsonl)");
    }

    @Test
    void brokenServiceFileIsReportedLikeAFailure() {
        Iterable<CommandHandler> broken = () -> {
            throw new ServiceConfigurationError("Provider de.example.Missing not found");
        };

        var code = run(broken, "audit", "verify-export", "audit.jsonl");

        assertThat(code).isEqualTo(CommandLineInterface.FAILURE);
        assertThat(err()).contains("Fehler: Der Befehl konnte nicht ausgeführt werden")
            .contains("Provider de.example.Missing not found");
    }

    @Test
    void contextCommandRunsItsBeanAndIgnoresLoadedHandlers() {
        var bean = new RecordingHandler("audit verify", 0);
        contextHandlers.add(bean);
        var loaded = new RecordingHandler("audit verify", 4);

        var code = run(List.of(loaded), "audit", "verify", "--tenant", "05315000");

        assertThat(code).isZero();
        assertThat(contextsStarted).hasValue(1);
        assertThat(bean.invocations).singleElement()
            .satisfies(invocation -> assertThat(invocation.option("tenant")).isEqualTo("05315000"));
        assertThat(loaded.invocations).isEmpty();
    }

    @Test
    void contextCommandWithoutBeanIsAnInternalError() {
        var code = run(List.of(), "audit", "export", "--tenant", "05315000", "--out", "audit.jsonl");

        assertThat(code).isEqualTo(CommandLineInterface.FAILURE);
        assertThat(contextsStarted).hasValue(1);
        assertThat(err()).contains("Interner Fehler: Befehl \"audit export\" hat 0 Ausführungen statt genau einer");
    }

    @Test
    void usageErrorsOfStandaloneCommandsStartNothing() {
        var code = run(List.of(new RecordingHandler("audit verify-export", 0)), "audit", "verify-export");

        assertThat(code).isEqualTo(CommandLineInterface.USAGE);
        assertThat(contextsStarted).hasValue(0);
        assertThat(err()).contains("Das Argument FILE fehlt");
    }

    private int run(Iterable<CommandHandler> standaloneHandlers, String... args) {
        return CommandLineInterface.run(args, print(out), print(err), standaloneHandlers, this::startContext);
    }

    private ConfigurableApplicationContext startContext() {
        contextsStarted.incrementAndGet();
        var context = new GenericApplicationContext();
        for (int i = 0; i < contextHandlers.size(); i++) {
            var handler = contextHandlers.get(i);
            context.registerBean("handler" + i, CommandHandler.class, () -> handler);
        }
        context.refresh();
        return context;
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static class RecordingHandler implements CommandHandler {

        private final String command;
        private final int code;
        final List<Invocation> invocations = new ArrayList<>();

        RecordingHandler(String command, int code) {
            this.command = command;
            this.code = code;
        }

        @Override
        public String command() {
            return command;
        }

        @Override
        public int run(Invocation invocation, PrintStream out, PrintStream err) {
            invocations.add(invocation);
            out.println("geprüft");
            return code;
        }
    }
}

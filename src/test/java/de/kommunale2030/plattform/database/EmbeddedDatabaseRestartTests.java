package de.kommunale2030.plattform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.kommunale2030.plattform.CliRun;
import de.kommunale2030.plattform.K2030Application;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committed data outlives the process that wrote it: after an orderly stop and after {@code kill -9}
 * of the JVM that owns the embedded server. {@code serve} runs in a separate JVM so that it can be
 * killed for real; the checks run as CLI commands in this JVM.
 */
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path dataDirectory;

    Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor();
        }
        // whoever owns the embedded server last stops it: a CLI command that found an orphan
        var leftover = EmbeddedPostgresServer.PostmasterPid.read(dataDirectory.resolve("postgres"));
        leftover.flatMap(pid -> ProcessHandle.of(pid.pid())).ifPresent(ProcessHandle::destroy);
    }

    @Test
    void dataSurvivesAnOrderlyRestart() {
        assertThat(cli("tenant", "create", "--ags", "01001000", "--name", "Flensburg", "--admin", "admin").code()).isZero();
        assertThat(postmasterRunning()).as("the CLI stops the server it started").isFalse();

        var again = cli("tenant", "create", "--ags", "01001000", "--name", "Flensburg", "--admin", "admin");

        assertThat(again.code()).isEqualTo(CommandLineInterface.FAILURE);
        assertThat(again.err()).contains("existiert bereits");
    }

    @Test
    void dataSurvivesKillMinusNineOfTheOwningProcess() throws Exception {
        server = startServe();
        awaitStarted(server, Duration.ofSeconds(120));
        var owner = EmbeddedPostgresServer.PostmasterPid.read(dataDirectory.resolve("postgres")).orElseThrow();

        // written through the running server's database while serve owns it
        assertThat(cli("tenant", "create", "--ags", "02000000", "--name", "Hamburg", "--admin", "admin").code()).isZero();

        server.destroyForcibly().waitFor();
        assertThat(EmbeddedPostgresServer.running(owner.pid())).as("the orphaned PostgreSQL outlives the killed JVM")
            .isTrue();

        var afterKill = cli("tenant", "create", "--ags", "02000000", "--name", "Hamburg", "--admin", "admin");
        assertThat(afterKill.code()).as(afterKill.err()).isEqualTo(CommandLineInterface.FAILURE);
        assertThat(afterKill.err()).contains("existiert bereits");
        assertThat(EmbeddedPostgresServer.running(owner.pid())).as("the orphan was stopped, not left beside a second server")
            .isFalse();

        assertThat(cli("tenant", "create", "--ags", "03000000", "--name", "Niedersachsen", "--admin", "admin").code())
            .isZero();
    }

    private Process startServe() throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                K2030Application.class.getName(), "serve"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(dataDirectory.resolve("serve.log").toFile());
        builder.environment().put("K2030_DATA_DIR", dataDirectory.toString());
        builder.environment().put("K2030_PORT", "0");
        return builder.start();
    }

    private void awaitStarted(Process process, Duration timeout) throws Exception {
        var deadline = Instant.now().plus(timeout);
        var log = dataDirectory.resolve("serve.log");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("serve ended early:\n" + Files.readString(log));
            }
            if (Files.exists(log) && Files.readString(log).contains("Started K2030Application")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve did not start in time:\n" + Files.readString(log));
    }

    private boolean postmasterRunning() {
        Optional<EmbeddedPostgresServer.PostmasterPid> pid = EmbeddedPostgresServer.PostmasterPid
            .read(dataDirectory.resolve("postgres"));
        return pid.map(p -> EmbeddedPostgresServer.running(p.pid())).orElse(false);
    }

    private CliRun cli(String... args) {
        return CliRun.on(dataDirectory, args);
    }
}

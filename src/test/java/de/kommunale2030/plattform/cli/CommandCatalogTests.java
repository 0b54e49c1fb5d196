package de.kommunale2030.plattform.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import de.kommunale2030.plattform.K2030Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Parsing happens before any context starts: these run in milliseconds and never touch a database.
 */
class CommandCatalogTests {

    @Test
    void parsesOptionsInBothForms() {
        var invocation = CommandCatalog.parse(
                new String[] { "tenant", "create", "--ags", "05315000", "--name=Stadt Köln", "--admin", "admin" });
        assertThat(invocation.command()).isEqualTo("tenant create");
        assertThat(invocation.options()).containsEntry("ags", "05315000")
            .containsEntry("name", "Stadt Köln")
            .containsEntry("admin", "admin");
    }

    @Test
    void noArgumentsMeansHelp() {
        assertThat(CommandCatalog.parse(new String[0]).command()).isEqualTo("help");
    }

    @ParameterizedTest
    @ValueSource(strings = { "frobnicate", "tenant", "tenant delete --ags 05315000", "serve --port 1",
            "tenant create --ags 05315000 --name X", "tenant create --ags 05315000 --name X --admin a --admin b",
            "tenant create --ags 05315000 --name X --admin a --verbose", "tenant create --ags 05315000 --name X --admin",
            "tenant create positional --ags 05315000 --name X --admin a", "help me" })
    void rejectsUnknownCommandsAndBadOptionsWithExitCodeTwo(String line) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var code = CommandLineInterface.run(K2030Application.class, line.split(" "), print(out), print(err), Map.of());
        assertThat(code).isEqualTo(CommandLineInterface.USAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isNotBlank().contains("./k2030");
    }

    @Test
    void helpListsEveryCommand() {
        var out = new ByteArrayOutputStream();
        var code = CommandLineInterface.run(K2030Application.class, new String[] { "help" }, print(out),
                print(new ByteArrayOutputStream()), Map.of());
        assertThat(code).isZero();
        CommandCatalog.COMMANDS.forEach(spec -> assertThat(out.toString(StandardCharsets.UTF_8)).contains(spec.name()));
    }

    @Test
    void usageNamesTheMissingOption() {
        assertThatThrownBy(() -> CommandCatalog.parse(new String[] { "tenant", "create", "--ags", "05315000" }))
            .hasMessageContaining("--name")
            .hasMessageContaining("./k2030 tenant create --ags AGS --name NAME --admin ADMIN");
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}

package de.kommunale2030.plattform;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import de.kommunale2030.plattform.cli.CommandLineInterface;

/**
 * One run of a CLI command in this JVM, as {@code ./k2030} would run it, on the given data directory.
 *
 * @param code the exit code
 * @param out  standard output, stripped
 * @param err  standard error
 */
public record CliRun(int code, String out, String err) {

    public static CliRun on(Path dataDirectory, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var code = CommandLineInterface.run(K2030Application.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("k2030.data-dir", dataDirectory.toString()));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8).strip(), err.toString(StandardCharsets.UTF_8));
    }
}

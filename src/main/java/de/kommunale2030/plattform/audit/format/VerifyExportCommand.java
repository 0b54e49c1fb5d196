package de.kommunale2030.plattform.audit.format;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import de.kommunale2030.plattform.cli.CommandHandler;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import de.kommunale2030.plattform.cli.Invocation;

/**
 * {@code ./k2030 audit verify-export FILE [--public-key FINGERPRINT]}: runs without database and
 * server, so an auditor can check an export on any machine with Java.
 */
public final class VerifyExportCommand implements CommandHandler {

    @Override
    public String command() {
        return "audit verify-export";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        var file = Path.of(invocation.argument("file"));
        var expected = invocation.optional("public-key").orElse(null);
        Verification result;
        try (var lines = Files.newInputStream(file)) {
            result = new ExportVerifier().verify(lines, expected);
        }
        catch (NoSuchFileException e) {
            err.println("Die Datei " + file + " gibt es nicht.");
            return CommandLineInterface.USAGE;
        }
        catch (IOException | java.io.UncheckedIOException e) {
            err.println("Die Datei " + file + " ist nicht lesbar.");
            return CommandLineInterface.FAILURE;
        }
        catch (ExportVerifier.InvalidExport e) {
            err.println(e.getMessage());
            return CommandLineInterface.FAILURE;
        }
        out.println(Canonical.JSON.writeValueAsString(result.report(result.tenant().toString())));
        if (result.intact()) {
            err.println("Export unversehrt: " + result.entries() + " Einträge, " + result.checkpoints()
                    + " Checkpoints, signiert mit dem Schlüssel " + result.keyFingerprint()
                    + (expected == null ? ". Vergleichen Sie diesen Fingerabdruck mit dem veröffentlichten der Plattform." : "."));
            return CommandLineInterface.OK;
        }
        err.println("Export NICHT unversehrt, erster fehlerhafter Eintrag: " + result.firstBadSeq() + ". " + result.problem());
        return CommandLineInterface.FAILURE;
    }
}

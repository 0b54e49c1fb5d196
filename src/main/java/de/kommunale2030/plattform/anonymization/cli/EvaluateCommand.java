package de.kommunale2030.plattform.anonymization.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import de.kommunale2030.plattform.anonymization.Anonymizer;
import de.kommunale2030.plattform.cli.CommandHandler;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import de.kommunale2030.plattform.cli.Invocation;
import tools.jackson.core.JacksonException;

/**
 * {@code ./k2030 anonymize evaluate --jsonl CORPUS}: the figures of {@link Evaluation} for an annotated
 * corpus. The report lists leaked and lost values of the corpus, as the corpus' own evaluator does:
 * run it on test corpora only. Exit code 0 only without leaks and with at least 98 % kept.
 */
public final class EvaluateCommand implements CommandHandler {

    @Override
    public String command() {
        return "anonymize evaluate";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        var corpus = Path.of(invocation.option("jsonl"));
        Evaluation evaluation;
        try (var reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            evaluation = Evaluation.run(reader, new Anonymizer());
        }
        catch (NoSuchFileException e) {
            err.println("Die Datei " + corpus + " gibt es nicht.");
            return CommandLineInterface.USAGE;
        }
        catch (JacksonException | IllegalArgumentException e) {
            err.println("Die Datei " + corpus + " ist kein annotierter Korpus (je Zeile id, text, pii, keep).");
            return CommandLineInterface.FAILURE;
        }
        catch (IOException e) {
            err.println("Die Datei " + corpus + " ist nicht lesbar.");
            return CommandLineInterface.FAILURE;
        }
        out.print(evaluation.report(true));
        return evaluation.passed() ? CommandLineInterface.OK : CommandLineInterface.FAILURE;
    }
}

package de.kommunale2030.plattform.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --jsonl IN --out OUT} contract of the text commands: each non-blank input line is an
 * object with {@code id} and a string {@code text}; each output line starts with the same
 * {@code id}. Errors name the file and line, never content.
 */
public final class JsonLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLines() {
    }

    /**
     * Writes one output line per input document.
     *
     * @param transformation from the input line and its text to the output's fields after {@code id}
     * @param done           what was done, for the summary on stderr ("anonymisiert", "erklärt")
     * @return the exit code
     */
    public static int transform(Path in, Path target, PrintStream err, String done,
            BiFunction<JsonNode, String, ObjectNode> transformation) {
        int documents = 0;
        int number = 0;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                var document = JSON.readTree(line);
                if (!document.isObject() || !document.has("id") || document.get("text") == null || !document.get("text").isString()) {
                    err.println("Zeile " + number + " von " + in + ": erwartet wird {\"id\":…,\"text\":\"…\"}.");
                    return CommandLineInterface.FAILURE;
                }
                var output = JSON.createObjectNode();
                output.set("id", document.get("id"));
                output.setAll(transformation.apply(document, document.get("text").asString()));
                writer.write(JSON.writeValueAsString(output));
                writer.newLine();
                documents++;
            }
        }
        catch (NoSuchFileException e) {
            err.println("Die Datei " + e.getFile() + " gibt es nicht.");
            return CommandLineInterface.USAGE;
        }
        catch (JacksonException e) {
            err.println("Zeile " + number + " von " + in + " ist kein gültiges JSON.");
            return CommandLineInterface.FAILURE;
        }
        catch (CharacterCodingException e) {
            err.println("Die Datei " + in + " ist kein UTF-8-Text (Zeile " + (number + 1) + ").");
            return CommandLineInterface.FAILURE;
        }
        catch (IOException | UncheckedIOException e) {
            err.println("Lesen von " + in + " oder Schreiben nach " + target + " ist fehlgeschlagen.");
            return CommandLineInterface.FAILURE;
        }
        err.println(documents + " Dokumente " + done + " nach " + target + ".");
        return CommandLineInterface.OK;
    }
}

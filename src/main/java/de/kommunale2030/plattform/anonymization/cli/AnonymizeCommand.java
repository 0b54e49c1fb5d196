package de.kommunale2030.plattform.anonymization.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import de.kommunale2030.plattform.anonymization.Anonymizer;
import de.kommunale2030.plattform.anonymization.Pseudonymised;
import de.kommunale2030.plattform.cli.CommandHandler;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import de.kommunale2030.plattform.cli.Invocation;
import de.kommunale2030.plattform.cli.JsonLines;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./k2030 anonymize --jsonl IN --out OUT}: one {@code {"id","text"}} per input line, one
 * {@code {"id","anonymized","entities":[{"type","start","end","placeholder"}]}} per output line;
 * offsets count Unicode code points of {@code text}, so that any language can slice with them.
 * {@code ./k2030 anonymize FILE}: the anonymised text, then a table of what was masked (types,
 * offsets, placeholders and rules, never the values). Messages name lines and offsets, never content.
 */
public final class AnonymizeCommand implements CommandHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String command() {
        return "anonymize";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        var file = invocation.arguments().get("file");
        var in = invocation.optional("jsonl");
        var target = invocation.optional("out");
        if (file != null && in.isEmpty() && target.isEmpty()) {
            return file(Path.of(file), out, err);
        }
        if (file == null && in.isPresent() && target.isPresent()) {
            return jsonLines(Path.of(in.get()), Path.of(target.get()), err);
        }
        err.println("Entweder eine Datei (./k2030 anonymize DATEI) oder --jsonl IN zusammen mit --out OUT angeben.");
        return CommandLineInterface.USAGE;
    }

    private static int file(Path file, PrintStream out, PrintStream err) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (NoSuchFileException e) {
            err.println("Die Datei " + file + " gibt es nicht.");
            return CommandLineInterface.USAGE;
        }
        catch (CharacterCodingException e) {
            err.println("Die Datei " + file + " ist kein UTF-8-Text.");
            return CommandLineInterface.FAILURE;
        }
        catch (IOException e) {
            err.println("Die Datei " + file + " ist nicht lesbar.");
            return CommandLineInterface.FAILURE;
        }
        var result = new Anonymizer().pseudonymise(text);
        out.println(result.text());
        out.println();
        out.println(String.format(Locale.ROOT, "%-16s %8s %8s  %-28s %-28s %s", "TYP", "START", "ENDE", "PLATZHALTER",
                "ERKENNER", "SICHERHEIT"));
        for (var replacement : result.replacements()) {
            var entity = replacement.entity();
            out.println(String.format(Locale.ROOT, "%-16s %8d %8d  %-28s %-28s %.2f", entity.type(),
                    codePoints(text, entity.start()), codePoints(text, entity.end()), replacement.placeholder(),
                    entity.recogniser(), entity.confidence()));
        }
        err.println(result.replacements().size() + " Fundstellen maskiert.");
        return CommandLineInterface.OK;
    }

    private static int jsonLines(Path in, Path target, PrintStream err) {
        var anonymizer = new Anonymizer();
        return JsonLines.transform(in, target, err, "anonymisiert",
                (document, text) -> output(text, anonymizer.pseudonymise(text)));
    }

    private static ObjectNode output(String text, Pseudonymised result) {
        var line = JSON.createObjectNode();
        line.put("anonymized", result.text());
        var entities = line.putArray("entities");
        for (var replacement : result.replacements()) {
            var entity = replacement.entity();
            entities.addObject()
                .put("type", entity.type().name())
                .put("start", codePoints(text, entity.start()))
                .put("end", codePoints(text, entity.end()))
                .put("placeholder", replacement.placeholder());
        }
        return line;
    }

    private static int codePoints(String text, int index) {
        return text.codePointCount(0, index);
    }
}

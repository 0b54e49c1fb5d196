package de.kommunale2030.plattform.klartext.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import de.kommunale2030.plattform.anonymization.Policy;
import de.kommunale2030.plattform.cli.CommandHandler;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import de.kommunale2030.plattform.cli.Invocation;
import de.kommunale2030.plattform.cli.JsonLines;
import de.kommunale2030.plattform.inference.InferenceSettings;
import de.kommunale2030.plattform.inference.LanguageModels;
import de.kommunale2030.plattform.klartext.Deadlines;
import de.kommunale2030.plattform.klartext.Klartext;
import de.kommunale2030.plattform.klartext.KlartextJson;
import de.kommunale2030.plattform.klartext.KlartextResult;
import de.kommunale2030.plattform.klartext.Land;
import de.kommunale2030.plattform.klartext.NoticeDocuments;
import de.kommunale2030.plattform.klartext.UnreadableNotice;

/**
 * {@code ./k2030 klartext FILE}: the explanation of a notice (PDF or UTF-8 text), its computed
 * deadlines and the readability of both texts. {@code ./k2030 klartext --jsonl IN --out OUT}: one
 * {@code {"id","text"}} (optionally {@code "land"}) per input line, one
 * {@code {"id","anonymized","klartext","facts","readability","engine",…}} per output line.
 * {@code --land} names the Land whose public holidays move a deadline (a line's own {@code land}
 * wins); {@code --tage-nach-aufgabe} the Bekanntgabe fiction (default 4). Without a Land no last
 * day is computed. Messages name files and lines, never content.
 */
public final class KlartextCommand implements CommandHandler {

    private static final int DEFAULT_DAYS_AFTER_POSTING = 4;

    @Override
    public String command() {
        return "klartext";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        var file = invocation.arguments().get("file");
        var in = invocation.optional("jsonl");
        var target = invocation.optional("out");
        Optional<Land> land;
        int days;
        try {
            land = invocation.optional("land").map(code -> Land.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            days = invocation.optional("tage-nach-aufgabe").map(Integer::parseInt).orElse(DEFAULT_DAYS_AFTER_POSTING);
            land.ifPresent(l -> new Deadlines(days, l));
        }
        catch (IllegalArgumentException e) {
            err.println("--land erwartet ein Länderkürzel (BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH),"
                    + " --tage-nach-aufgabe eine Zahl von 0 bis 14.");
            return CommandLineInterface.USAGE;
        }
        var inference = InferenceSettings.fromEnvironment(System.getenv());
        // The operator's K2030_INFERENCE_* settings choose the model here as they do for the server.
        try (var models = inference.configured() ? new LanguageModels(inference) : null) {
            var klartext = new Klartext(models);
            if (file != null && in.isEmpty() && target.isEmpty()) {
                return file(klartext, Path.of(file), land.map(l -> new Deadlines(days, l)).orElse(null), out, err);
            }
            if (file == null && in.isPresent() && target.isPresent()) {
                return jsonLines(klartext, Path.of(in.get()), Path.of(target.get()), land, days, err);
            }
        }
        err.println("Entweder eine Datei (./k2030 klartext DATEI) oder --jsonl IN zusammen mit --out OUT angeben.");
        return CommandLineInterface.USAGE;
    }

    private static int file(Klartext klartext, Path file, Deadlines deadlines, PrintStream out, PrintStream err) {
        String text;
        try {
            var name = file.getFileName();
            text = new NoticeDocuments().text(Files.readAllBytes(file), name == null ? null : name.toString());
        }
        catch (NoSuchFileException e) {
            err.println("Die Datei " + file + " gibt es nicht.");
            return CommandLineInterface.USAGE;
        }
        catch (IOException e) {
            err.println("Die Datei " + file + " ist nicht lesbar.");
            return CommandLineInterface.FAILURE;
        }
        catch (UnreadableNotice unreadable) {
            err.println(unreadable.germanMessage());
            return CommandLineInterface.FAILURE;
        }
        var result = klartext.explain(text, Policy.NONE, deadlines, true);
        out.println(result.explanation().text());
        out.println();
        printReadability(result, out);
        if (deadlines == null && !result.facts().remedies().isEmpty()) {
            err.println("Ohne --land wird kein letzter Tag für einen Rechtsbehelf berechnet.");
        }
        err.println("Erklärt mit: " + result.engine().key() + (result.fallback() == null ? "" : " (Rückfall: " + result.fallback() + ")"));
        return CommandLineInterface.OK;
    }

    private static void printReadability(KlartextResult result, PrintStream out) {
        out.println(String.format(Locale.ROOT, "%-24s %10s %10s", "LESBARKEIT", "BESCHEID", "KLARTEXT"));
        var o = result.original();
        var k = result.explained();
        out.println(String.format(Locale.ROOT, "%-24s %10.1f %10.1f", "Flesch (Amstad)", o.fleschAmstad(), k.fleschAmstad()));
        out.println(String.format(Locale.ROOT, "%-24s %10.1f %10.1f", "Wiener Sachtextformel", o.wienerSachtextformel(),
                k.wienerSachtextformel()));
        out.println(String.format(Locale.ROOT, "%-24s %10.1f %10.1f", "LIX", o.lix(), k.lix()));
        out.println(String.format(Locale.ROOT, "%-24s %10.1f %10.1f", "Wörter je Satz", o.meanSentenceLength(),
                k.meanSentenceLength()));
    }

    private static int jsonLines(Klartext klartext, Path in, Path target, Optional<Land> defaultLand, int days,
            PrintStream err) {
        return JsonLines.transform(in, target, err, "erklärt", (document, text) -> {
            var land = document.has("land") ? land(document.get("land").asString()) : defaultLand;
            return KlartextJson.of(klartext.explain(text, Policy.NONE, land.map(l -> new Deadlines(days, l)).orElse(null), true));
        });
    }

    private static Optional<Land> land(String code) {
        try {
            return Optional.of(Land.valueOf(code.strip().toUpperCase(Locale.ROOT)));
        }
        catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

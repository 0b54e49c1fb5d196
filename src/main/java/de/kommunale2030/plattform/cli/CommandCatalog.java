package de.kommunale2030.plattform.cli;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static de.kommunale2030.plattform.cli.CommandSpec.Option.optional;
import static de.kommunale2030.plattform.cli.CommandSpec.Option.required;

/**
 * Every command the CLI knows. Parsing happens here, before any context starts, so a typo costs
 * milliseconds and never touches the database.
 */
final class CommandCatalog {

    static final String SERVE = "serve";
    static final String HELP = "help";

    static final List<CommandSpec> COMMANDS = List.of(
            new CommandSpec(SERVE, List.of(), "startet die Plattform über HTTPS (Port K2030_PORT, Standard 8443)"),
            new CommandSpec("tenant create", List.of(required("ags"), required("name"), required("admin")),
                    "legt einen Mandanten (Kommune) mit seinem ersten Admin-Konto an und gibt JSON aus"),
            new CommandSpec("operator create", List.of(required("username")),
                    "legt ein Konto für den Plattform-Betrieb an (Anmeldung mit BETRIEB statt AGS) und gibt JSON aus"),
            new CommandSpec("audit verify", List.of(required("tenant", "AGS")),
                    "prüft die Hash-Kette und alle Checkpoints des Audit-Logs eines Mandanten (Exit-Code 0 = unversehrt)"),
            new CommandSpec("audit export",
                    List.of(required("tenant", "AGS"), optional("from"), optional("to"), optional("format"),
                            required("out")),
                    "exportiert das Audit-Log eines Mandanten als JSON Lines mit Beweisfeldern (oder --format csv)"),
            new CommandSpec("audit retention", List.of(required("tenant", "AGS"), optional("months", "MONATE")),
                    "zeigt oder setzt die Aufbewahrungsfrist des Audit-Logs eines Mandanten (6 bis 360 Monate, Standard 24)"),
            new CommandSpec("audit prune", List.of(required("tenant", "AGS")),
                    "löscht jetzt die Audit-Einträge, deren Aufbewahrungsfrist abgelaufen ist (bis zu einem Checkpoint; sonst stündlich)"),
            // Standalone so that an auditor can check an export on a machine without database or server.
            new CommandSpec("audit verify-export", List.of("file"), List.of(optional("public-key", "KEY")), true,
                    "prüft einen Audit-Export offline, ohne Datenbank und Server"),
            // Standalone: anonymising needs neither database nor server (the CLI contract in the README).
            new CommandSpec("anonymize", List.of(CommandSpec.optionalArgument("file")),
                    List.of(optional("jsonl", "IN"), optional("out", "OUT")), true,
                    "anonymisiert eine Textdatei (Ausgabe: Text und Tabelle der Fundstellen) oder JSON Lines {\"id\",\"text\"} nach OUT"),
            new CommandSpec("anonymize evaluate", List.of(), List.of(required("jsonl", "KORPUS")), true,
                    "misst die Anonymisierung an einem annotierten Korpus: durchgesickerte Werte je Typ, erhaltene Werte, Übermaskierung"),
            // Standalone as well: the built-in engine needs neither database nor server.
            new CommandSpec("klartext", List.of(CommandSpec.optionalArgument("file")),
                    List.of(optional("jsonl", "IN"), optional("out", "OUT"), optional("land", "LAND"),
                            optional("tage-nach-aufgabe", "TAGE")), true,
                    "erklärt einen Bescheid (PDF oder UTF-8-Text) in einfacher Sprache, oder JSON Lines {\"id\",\"text\"} nach OUT"),
            new CommandSpec("crypto rotate-master", List.of(),
                    "erzeugt eine neue Version des Hauptschlüssels und verpackt die Schlüssel aller Mandanten neu"),
            new CommandSpec("crypto rotate-tenant", List.of(required("tenant", "AGS")),
                    "erzeugt einen neuen Schlüssel-Verschlüsselungsschlüssel eines Mandanten, verpackt alle Personenschlüssel neu und legt die alten Versionen still"),
            new CommandSpec("crypto retire-master", List.of(optional("backup-retention-days", "TAGE")),
                    "vernichtet alte Hauptschlüssel-Versionen, die kein Schlüssel und keine noch aufbewahrte Sicherung mehr braucht"),
            new CommandSpec("bench audit", List.of(optional("seconds"), optional("threads")),
                    "misst Schreib-, Prüf- und Exportleistung des Audit-Logs (legt Mandanten an: nur auf Test-Daten)"),
            new CommandSpec("bench crypto", List.of(optional("subjects")),
                    "misst AES-256-GCM-Durchsatz und das Vernichten von Personenschlüsseln (legt einen Mandanten an: nur auf Test-Daten)"),
            new CommandSpec(HELP, List.of(), "zeigt diese Hilfe"));

    private CommandCatalog() {
    }

    static Invocation parse(String[] args) {
        if (args.length == 0) {
            return new Invocation(HELP, Map.of(), Map.of());
        }
        var spec = find(args).orElseThrow(() -> new UsageException("Unbekannter Befehl: " + String.join(" ", args)));
        var words = spec.name().split(" ").length;
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = words; i < args.length; i++) {
            var arg = args[i];
            if (!arg.startsWith("--")) {
                if (arguments.size() == spec.arguments().size()) {
                    throw new UsageException("Unerwartetes Argument: " + arg, spec);
                }
                arguments.put(CommandSpec.key(spec.arguments().get(arguments.size())), arg);
                continue;
            }
            if (arg.length() == 2) {
                throw new UsageException("Unerwartetes Argument: " + arg, spec);
            }
            var equals = arg.indexOf('=');
            String name;
            String value;
            if (equals > 0) {
                name = arg.substring(2, equals);
                value = arg.substring(equals + 1);
            }
            else {
                name = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new UsageException("Der Option --" + name + " fehlt ein Wert", spec);
                }
                value = args[++i];
            }
            if (spec.option(name).isEmpty()) {
                throw new UsageException("Unbekannte Option --" + name + " für \"" + spec.name() + "\"", spec);
            }
            if (options.putIfAbsent(name, value) != null) {
                throw new UsageException("Option --" + name + " ist doppelt angegeben", spec);
            }
        }
        for (var argument : spec.arguments()) {
            if (!CommandSpec.isOptional(argument) && !arguments.containsKey(argument)) {
                throw new UsageException("Das Argument " + CommandSpec.placeholder(argument) + " fehlt", spec);
            }
        }
        for (var option : spec.options()) {
            if (option.required() && !options.containsKey(option.name())) {
                throw new UsageException("Die Option --" + option.name() + " fehlt", spec);
            }
        }
        return new Invocation(spec.name(), options, arguments);
    }

    /** The spec of a command that {@link #parse} accepted. */
    static CommandSpec spec(Invocation invocation) {
        return COMMANDS.stream()
            .filter(spec -> spec.name().equals(invocation.command()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No command " + invocation.command()));
    }

    private static Optional<CommandSpec> find(String[] args) {
        Map<Integer, CommandSpec> matches = new HashMap<>();
        for (var spec : COMMANDS) {
            var words = spec.name().split(" ");
            if (args.length >= words.length && java.util.Arrays.equals(words, 0, words.length, args, 0, words.length)) {
                matches.put(words.length, spec);
            }
        }
        return matches.keySet().stream().max(Integer::compare).map(matches::get);
    }

    static String help() {
        var help = new StringBuilder("Kommunale 2030 Plattform\n\nBefehle:\n");
        // The column follows the longest usage line so that a new command never breaks the alignment.
        var width = COMMANDS.stream().mapToInt(spec -> withoutProgram(spec).length()).max().orElseThrow();
        for (var spec : COMMANDS) {
            help.append(String.format("  %-" + width + "s  %s%n", withoutProgram(spec), spec.summary()));
        }
        help.append("""

                Umgebung:
                  K2030_DATA_DIR     Datenverzeichnis (Standard ./data)
                  K2030_PORT         HTTPS-Port (Standard 8443)
                  K2030_DB_URL       externe PostgreSQL (leer = eingebettete PostgreSQL im Datenverzeichnis),
                                     dazu K2030_DB_USER, K2030_DB_PASSWORD, K2030_DB_MIGRATION_USER, K2030_DB_MIGRATION_PASSWORD
                  K2030_DB_POOL_SIZE Verbindungen je Prozess zur Datenbank (Standard 10)
                  K2030_TLS_KEYSTORE eigenes PKCS#12-Zertifikat (leer = selbstsigniertes Zertifikat für localhost),
                                     dazu K2030_TLS_KEYSTORE_PASSWORD
                  K2030_HOSTING_LOCATION, K2030_HOSTING_OPERATOR
                                     Standort und Betreiber für die Seite „Datenschutz & Sicherheit“
                  K2030_INFERENCE_URL Sprachmodell für Klartext (OpenAI-kompatibel; leer = nur eingebaute Erklärung),
                                     dazu K2030_INFERENCE_MODEL, K2030_INFERENCE_API_KEY, K2030_INFERENCE_COUNTRY (EU/EWR),
                                     K2030_INFERENCE_ATTESTATION=no-training-no-retention

                Im Quellbaum führt ./k2030 test alle Tests aus.
                """);
        return help.toString();
    }

    private static String withoutProgram(CommandSpec spec) {
        return spec.usage().substring("./k2030 ".length());
    }

    /** A command line that names no known command or has bad options: exit code 2. */
    static final class UsageException extends RuntimeException {

        UsageException(String message) {
            super(message + "\nÜbersicht der Befehle: ./k2030 help");
        }

        UsageException(String message, CommandSpec spec) {
            super(message + "\nAufruf: " + spec.usage());
        }
    }
}

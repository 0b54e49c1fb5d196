package de.kommunale2030.plattform.cli;

import de.kommunale2030.plattform.cli.CommandCatalog.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Optional options and positional arguments, on the audit commands of the catalogue. Like all
 * parsing, these never start a context.
 */
class CliParsingTests {

    private static final String EXPORT_USAGE =
            "./k2030 audit export --tenant AGS [--from FROM] [--to TO] [--format FORMAT] --out OUT";

    private static final String VERIFY_EXPORT_USAGE = "./k2030 audit verify-export FILE [--public-key KEY]";

    @Test
    void optionalOptionsMayBeOmitted() {
        var invocation = parse("audit export --tenant 05315000 --out audit.jsonl");
        assertThat(invocation.option("tenant")).isEqualTo("05315000");
        assertThat(invocation.option("out")).isEqualTo("audit.jsonl");
        assertThat(invocation.optional("from")).isEmpty();
        assertThat(invocation.optional("to")).isEmpty();
        assertThat(invocation.optional("format")).isEmpty();
    }

    @Test
    void optionalOptionsAreReadWhenGivenInEitherForm() {
        var invocation = parse("audit export --from 2026-01-01 --out audit.csv --to=2026-02-01 --tenant 05315000 --format=csv");
        assertThat(invocation.optional("from")).contains("2026-01-01");
        assertThat(invocation.optional("to")).contains("2026-02-01");
        assertThat(invocation.optional("format")).contains("csv");
    }

    @Test
    void anAbsentOptionalOptionIsNoRequiredOne() {
        var invocation = parse("audit export --tenant 05315000 --out audit.jsonl");
        assertThatIllegalArgumentException().isThrownBy(() -> invocation.option("from"));
    }

    @Test
    void anOptionalOptionGivenTwiceIsRejected() {
        assertUsage("audit export --tenant 05315000 --from 2026-01-01 --from 2026-02-01 --out audit.jsonl",
                "Option --from ist doppelt angegeben", EXPORT_USAGE);
    }

    @Test
    void anUnknownOptionIsRejectedAlthoughSomeAreOptional() {
        assertUsage("audit export --tenant 05315000 --since 2026-01-01 --out audit.jsonl",
                "Unbekannte Option --since für \"audit export\"", EXPORT_USAGE);
    }

    @Test
    void requiredOptionsStayRequiredBesideOptionalOnes() {
        assertUsage("audit export --tenant 05315000 --from 2026-01-01", "Die Option --out fehlt", EXPORT_USAGE);
    }

    @Test
    void positionalArgumentIsReadByName() {
        var invocation = parse("audit verify-export audit.jsonl");
        assertThat(invocation.command()).isEqualTo("audit verify-export");
        assertThat(invocation.argument("file")).isEqualTo("audit.jsonl");
        assertThat(invocation.optional("public-key")).isEmpty();
        assertThat(invocation.options()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "audit verify-export audit.jsonl --public-key key.pem",
            "audit verify-export --public-key key.pem audit.jsonl", "audit verify-export --public-key=key.pem audit.jsonl" })
    void positionalArgumentAndOptionsComeInAnyOrder(String line) {
        var invocation = parse(line);
        assertThat(invocation.argument("file")).isEqualTo("audit.jsonl");
        assertThat(invocation.optional("public-key")).contains("key.pem");
    }

    @Test
    void anOptionValueIsNoPositionalArgument() {
        assertUsage("audit verify-export --public-key key.pem", "Das Argument FILE fehlt", VERIFY_EXPORT_USAGE);
    }

    @Test
    void aMissingPositionalArgumentIsNamed() {
        assertUsage("audit verify-export", "Das Argument FILE fehlt", VERIFY_EXPORT_USAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "audit verify-export a.jsonl b.jsonl", "audit verify-export a.jsonl --public-key k b.jsonl" })
    void anExtraPositionalArgumentIsRejected(String line) {
        assertUsage(line, "Unerwartetes Argument: b.jsonl", VERIFY_EXPORT_USAGE);
    }

    @Test
    void aCommandWithoutPositionalArgumentsRejectsOne() {
        assertUsage("audit verify --tenant 05315000 audit.jsonl", "Unerwartetes Argument: audit.jsonl",
                "./k2030 audit verify --tenant AGS");
    }

    @Test
    void aBareDoubleDashIsNoPositionalArgument() {
        assertUsage("audit verify-export -- audit.jsonl", "Unerwartetes Argument: --", VERIFY_EXPORT_USAGE);
    }

    @Test
    void anUndeclaredArgumentNameIsAProgrammingError() {
        var invocation = parse("audit verify-export audit.jsonl");
        assertThatIllegalArgumentException().isThrownBy(() -> invocation.argument("datei"));
    }

    @Test
    void usageShowsArgumentsInUpperCaseAndOptionalOptionsInBrackets() {
        assertThat(spec("audit verify").usage()).isEqualTo("./k2030 audit verify --tenant AGS");
        assertThat(spec("audit export").usage()).isEqualTo(EXPORT_USAGE);
        assertThat(spec("audit verify-export").usage()).isEqualTo(VERIFY_EXPORT_USAGE);
        assertThat(spec("tenant create").usage()).isEqualTo("./k2030 tenant create --ags AGS --name NAME --admin ADMIN");
    }

    @Test
    void onlyTheOfflineCheckTheAnonymiserAndKlartextAreStandalone() {
        assertThat(CommandCatalog.COMMANDS.stream().filter(CommandSpec::standalone).map(CommandSpec::name))
            .containsExactly("audit verify-export", "anonymize", "anonymize evaluate", "klartext");
    }

    @Test
    void anOptionalArgumentMayBeLeftOutAndShowsInBrackets() {
        assertThat(spec("anonymize").usage()).isEqualTo("./k2030 anonymize [FILE] [--jsonl IN] [--out OUT]");
        assertThat(parse("anonymize brief.txt").arguments()).containsEntry("file", "brief.txt");
        assertThat(parse("anonymize --jsonl in.jsonl --out out.jsonl").arguments()).isEmpty();
        assertThat(parse("anonymize evaluate --jsonl k.jsonl").command()).isEqualTo("anonymize evaluate");
    }

    @Test
    void helpKeepsEverySummaryInOneColumnAfterTheLongestUsage() {
        var help = CommandCatalog.help().lines().toList();
        var first = help.indexOf("Befehle:") + 1;
        var lines = help.subList(first, first + CommandCatalog.COMMANDS.size());
        var longest = CommandCatalog.COMMANDS.stream().mapToInt(spec -> command(spec).length()).max().orElseThrow();
        for (int i = 0; i < lines.size(); i++) {
            var spec = CommandCatalog.COMMANDS.get(i);
            assertThat(lines.get(i)).startsWith("  " + command(spec) + " ")
                .endsWith(spec.summary())
                .hasSize(2 + longest + 2 + spec.summary().length());
        }
    }

    private static Invocation parse(String line) {
        return CommandCatalog.parse(line.split(" "));
    }

    private static String command(CommandSpec spec) {
        return spec.usage().substring("./k2030 ".length());
    }

    private static CommandSpec spec(String name) {
        return CommandCatalog.COMMANDS.stream().filter(spec -> spec.name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertUsage(String line, String message, String usage) {
        assertThatThrownBy(() -> parse(line)).isInstanceOf(UsageException.class)
            .hasMessageContaining(message)
            .hasMessageContaining("Aufruf: " + usage);
    }
}

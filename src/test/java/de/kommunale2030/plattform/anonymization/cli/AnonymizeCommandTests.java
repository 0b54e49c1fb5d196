package de.kommunale2030.plattform.anonymization.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.kommunale2030.plattform.CliRun;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI contract: standalone, JSON Lines in and out, offsets in code points, no values in messages. */
class AnonymizeCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path directory;

    @Test
    void anonymizesJsonLinesAsTheContractSays() throws IOException {
        var in = directory.resolve("in.jsonl");
        var out = directory.resolve("out.jsonl");
        Files.writeString(in, """
                {"id": "a-1", "text": "😀 Sehr geehrte Frau Wiśniewska, Ihre E-Mail an k.wisniewska@web.de ist da."}

                {"id": 7, "text": "Keine personenbezogenen Daten, nur 12,50 € nach § 28 GrStG."}
                """, StandardCharsets.UTF_8);
        var run = CliRun.on(directory, "anonymize", "--jsonl", in.toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        var lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        var first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asString()).isEqualTo("a-1");
        assertThat(first.get("anonymized").asString())
            .isEqualTo("😀 Sehr geehrte Frau [PERSON_1], Ihre E-Mail an [EMAIL_1] ist da.");
        var person = first.get("entities").get(0);
        assertThat(person.get("type").asString()).isEqualTo("PERSON");
        assertThat(person.get("placeholder").asString()).isEqualTo("[PERSON_1]");
        var text = "😀 Sehr geehrte Frau Wiśniewska";
        assertThat(person.get("start").asInt()).isEqualTo(text.codePointCount(0, text.indexOf("Wiś")));
        assertThat(person.get("end").asInt()).isEqualTo(text.codePointCount(0, text.length()));
        var second = JSON.readTree(lines.get(1));
        assertThat(second.get("id").asInt()).isEqualTo(7);
        assertThat(second.get("entities")).isEmpty();
    }

    @Test
    void printsTheTextAndATableWithoutValues() throws IOException {
        var file = directory.resolve("brief.txt");
        Files.writeString(file, "Sachbearbeiterin: Frau Pietsch\nTelefon: 033055 7120-31\n", StandardCharsets.UTF_8);
        var run = CliRun.on(directory, "anonymize", file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Sachbearbeiterin: Frau [PERSON_1]", "TYP", "PERSON", "PHONE", "[TELEFON_1]")
            .doesNotContain("Pietsch", "7120");
    }

    @Test
    void refusesBadInputWithoutEchoingIt() throws IOException {
        var in = directory.resolve("bad.jsonl");
        Files.writeString(in, "{\"id\": 1, \"text\": \"Frau Geheim\"}\n{\"id\": 2, \"text\": \"Herr Geheimer\n",
                StandardCharsets.UTF_8);
        var run = CliRun.on(directory, "anonymize", "--jsonl", in.toString(), "--out", directory.resolve("o.jsonl").toString());
        assertThat(run.code()).isEqualTo(CommandLineInterface.FAILURE);
        assertThat(run.err()).contains("Zeile 2").doesNotContain("Geheim");
        var missing = CliRun.on(directory, "anonymize", "--jsonl", in.toString());
        assertThat(missing.code()).isEqualTo(CommandLineInterface.USAGE);
        var noFile = CliRun.on(directory, "anonymize", directory.resolve("nothing.txt").toString());
        assertThat(noFile.code()).isEqualTo(CommandLineInterface.USAGE);
    }

    @Test
    void evaluatesAnAnnotatedCorpus() throws IOException {
        var corpus = directory.resolve("corpus.jsonl");
        Files.writeString(corpus, """
                {"id": "x", "text": "Sehr geehrter Herr Kowalczyk, zahlen Sie 10,00 €.", "pii": [{"type": "PERSON", "value": "Kowalczyk"}], "keep": ["10,00 €"]}
                """, StandardCharsets.UTF_8);
        var run = CliRun.on(directory, "anonymize", "evaluate", "--jsonl", corpus.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("OVERALL", "0/1", "keep retention: 1/1", "RESULT: PASS");
    }
}

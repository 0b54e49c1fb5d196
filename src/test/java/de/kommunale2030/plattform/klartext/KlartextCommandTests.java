package de.kommunale2030.plattform.klartext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.kommunale2030.plattform.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./k2030 klartext}: standalone, the JSON Lines contract of the README ({@code anonymized} is
 * exactly what would leave the process), a file (text or PDF) explained on stdout with the
 * readability of both texts, and clear errors without content.
 */
class KlartextCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path directory;

    @Test
    void explainsJsonLinesAsTheContractSays() throws IOException {
        var in = directory.resolve("in.jsonl");
        var out = directory.resolve("out.jsonl");
        var letter = CorpusLetters.byId("zweitwohnung-01");
        Files.writeString(in, JSON.writeValueAsString(java.util.Map.of("id", "zw-1", "text", letter.text(), "land", "BB"))
                + "\n\n" + JSON.writeValueAsString(java.util.Map.of("id", 2, "text", "Kein Bescheid, nur ein Gruß.")) + "\n",
                StandardCharsets.UTF_8);
        var run = CliRun.on(directory, "klartext", "--jsonl", in.toString(), "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("2 Dokumente erklärt");
        var lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        var first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asString()).isEqualTo("zw-1");
        for (var field : List.of("anonymized", "klartext", "facts", "readability", "engine", "deadlines", "explanation")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("engine").asString()).isEqualTo("built-in");
        assertThat(first.get("facts").get("kind").asString()).isEqualTo("ZWEITWOHNUNGSTEUER");
        assertThat(first.get("deadlines")).as("Land BB from the line").hasSize(1);
        for (var value : letter.pii()) {
            assertThat(first.get("anonymized").asString()).doesNotContain(value);
        }
        assertThat(first.get("readability").get("klartext").get("fleschAmstad").asDouble()).isGreaterThanOrEqualTo(60);
        var second = JSON.readTree(lines.get(1));
        assertThat(second.get("id").asInt()).isEqualTo(2);
        assertThat(second.get("deadlines")).isEmpty();
    }

    @Test
    void explainsATextFileAndAPdfOnStdout() throws IOException {
        var letter = CorpusLetters.byId("bussgeld-01");
        var text = directory.resolve("bescheid.txt");
        Files.writeString(text, letter.text(), StandardCharsets.UTF_8);
        var run = CliRun.on(directory, "klartext", text.toString(), "--land", "st");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Worum geht es?", "Einspruch", "2 Wochen", "LESBARKEIT", "Flesch (Amstad)");
        assertThat(run.err()).contains("Erklärt mit: built-in");

        var pdf = directory.resolve("bescheid.pdf");
        Files.write(pdf, TestPdfs.withText(List.of(List.of("Stadt Musterhausen", "Bescheid über 12,00 €"))));
        var fromPdf = CliRun.on(directory, "klartext", pdf.toString());
        assertThat(fromPdf.code()).as(fromPdf.err()).isZero();
        assertThat(fromPdf.out()).contains("Worum geht es?");
    }

    @Test
    void refusesWhatItCannotReadWithoutQuotingIt() throws IOException {
        var png = directory.resolve("foto.pdf");
        Files.write(png, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
        var unreadable = CliRun.on(directory, "klartext", png.toString());
        assertThat(unreadable.code()).isNotZero();
        assertThat(unreadable.err()).contains("weder eine PDF-Datei noch ein Text in UTF-8").doesNotContain("foto");
        assertThat(CliRun.on(directory, "klartext", directory.resolve("fehlt.txt").toString()).err()).contains("gibt es nicht");
        var text = directory.resolve("b.txt");
        Files.writeString(text, "Bescheid", StandardCharsets.UTF_8);
        assertThat(CliRun.on(directory, "klartext", text.toString(), "--land", "XX").code()).isNotZero();
        assertThat(CliRun.on(directory, "klartext", text.toString(), "--tage-nach-aufgabe", "99", "--land", "BY").code())
            .isNotZero();
        var broken = directory.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": 1, \"text\": \"Herr Wiśniewski\"\n", StandardCharsets.UTF_8);
        var run = CliRun.on(directory, "klartext", "--jsonl", broken.toString(), "--out", directory.resolve("o.jsonl").toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("Zeile 1").doesNotContain("Wiśniewski");
    }
}

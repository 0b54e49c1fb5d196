package de.kommunale2030.plattform.klartext;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One letter of each required kind, annotated in full by reading it (pseudonymised, as extraction
 * sees it) in {@code src/test/resources/klartext/letters/<id>.facts.json}: every field of the
 * extracted facts must equal the annotation.
 */
class AnnotatedLettersTests {

    private static final Path LETTERS = Path.of("src/test/resources/klartext/letters");

    @Test
    void everyRequiredKindHasAnAnnotatedLetter() throws IOException {
        var required = EnumSet.of(Kind.GRUNDSTEUER, Kind.ABFALLGEBUEHREN, Kind.STRASSENREINIGUNG, Kind.HUNDESTEUER,
                Kind.ZWEITWOHNUNGSTEUER, Kind.GEWERBESTEUER, Kind.BUSSGELD, Kind.KITA, Kind.WOHNGELD, Kind.BAUGENEHMIGUNG);
        Set<Kind> annotated = annotations().stream().map(file -> Kind.valueOf(read(file).get("facts").get("kind").asString()))
                .collect(Collectors.toSet());
        assertThat(annotated).containsAll(required);
    }

    @TestFactory
    Stream<DynamicTest> everyFieldOfEachAnnotatedLetterIsExtracted() throws IOException {
        return annotations().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            var annotation = read(file);
            var letter = CorpusLetters.byId(annotation.get("id").asString());
            var expected = facts(annotation.get("facts"));
            var actual = Notice.parse(letter.pseudonymised()).facts();
            var softly = new SoftAssertions();
            softly.assertThat(actual.authority()).as("authority").isEqualTo(expected.authority());
            softly.assertThat(actual.kind()).as("kind").isEqualTo(expected.kind());
            softly.assertThat(actual.subject()).as("subject").isEqualTo(expected.subject());
            softly.assertThat(actual.noticeDate()).as("noticeDate").isEqualTo(expected.noticeDate());
            softly.assertThat(actual.decision()).as("decision").isEqualTo(expected.decision());
            softly.assertThat(actual.total()).as("total").isEqualTo(expected.total());
            softly.assertThat(actual.instalments()).as("instalments").isEqualTo(expected.instalments());
            softly.assertThat(actual.paymentReference()).as("paymentReference").isEqualTo(expected.paymentReference());
            softly.assertThat(actual.account()).as("account").isEqualTo(expected.account());
            softly.assertThat(actual.remedies()).as("remedies").isEqualTo(expected.remedies());
            softly.assertThat(actual.legalBases()).as("legalBases").isEqualTo(expected.legalBases());
            softly.assertAll();
        }));
    }

    private static List<Path> annotations() throws IOException {
        try (var files = Files.list(LETTERS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".facts.json")).sorted().toList();
        }
    }

    private static JsonNode read(Path file) {
        try {
            return CorpusLetters.JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Facts facts(JsonNode facts) {
        var instalments = new ArrayList<Instalment>();
        facts.get("instalments").forEach(instalment -> instalments.add(new Instalment(date(instalment.get("due")),
                instalment.get("dueAsWritten").asString(), money(instalment.get("amount")))));
        var remedies = new ArrayList<Remedy>();
        facts.get("remedies").forEach(remedy -> remedies.add(new Remedy(Remedy.Kind.valueOf(remedy.get("kind").asString()),
                Period.parse(remedy.get("period").asString()), remedy.get("periodAsWritten").asString(),
                Remedy.Start.valueOf(remedy.get("startsWith").asString()), text(remedy.get("where")))));
        var legalBases = new ArrayList<String>();
        facts.get("legalBases").forEach(base -> legalBases.add(base.asString()));
        return new Facts(text(facts.get("authority")), Kind.valueOf(facts.get("kind").asString()), text(facts.get("subject")),
                date(facts.get("noticeDate")), text(facts.get("decision")), money(facts.get("total")), instalments,
                text(facts.get("paymentReference")), text(facts.get("account")), remedies, legalBases);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asString());
    }

    private static Money money(JsonNode node) {
        return node == null || node.isNull() ? null
                : new Money(new BigDecimal(node.get("euros").asString()), node.get("asWritten").asString());
    }
}

package de.kommunale2030.plattform.inference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.kommunale2030.plattform.anonymization.Anonymizer;
import de.kommunale2030.plattform.inference.OpenAiCompatibleTestServer.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The egress guard on both annotated corpora: the raw letter must not leave, its pseudonymised form
 * must, unchanged. The anonymiser finds nothing in its own output (its placeholders are opaque, its
 * letter layout reads placeholder lines as the address lines they replaced), so no letter is blocked
 * by a finding of the anonymiser in what it produced itself.
 */
class EgressGuardCorpusTests {

    private static final List<Path> CORPORA = List.of(Path.of("src/test/resources/anonymization/dev/bescheide-dev.jsonl"),
            Path.of("src/test/resources/anonymization/own/bescheide-own.jsonl"));

    private static final String INSTRUCTIONS = "Erkläre den folgenden Bescheid in einfacher Sprache.";

    private final EgressGuard guard = new EgressGuard();
    private final Anonymizer anonymizer = new Anonymizer();

    record Letter(String id, String text, boolean annotatedPersonalData) {

        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Letter> letters() throws IOException {
        var json = JsonMapper.builder().build();
        var letters = Stream.<Letter>builder();
        for (var corpus : CORPORA) {
            for (var line : Files.readAllLines(corpus)) {
                if (!line.isBlank()) {
                    var node = json.readTree(line);
                    letters.add(new Letter(node.path("id").stringValue(), node.path("text").stringValue(),
                            !node.path("pii").isEmpty()));
                }
            }
        }
        return letters.build();
    }

    @ParameterizedTest
    @MethodSource("letters")
    void blocksTheRawTextOfEveryLetterWithPersonalData(Letter letter) {
        var findings = guard.findings(new Prompt(INSTRUCTIONS, letter.text()));

        assertThat(findings.isEmpty()).isEqualTo(!letter.annotatedPersonalData());
    }

    @Test
    void letsThePseudonymisedTextOfEveryLetterPass() throws IOException {
        var selfFindings = new TreeMap<String, Set<String>>();
        for (var letter : letters().toList()) {
            var pseudonymised = anonymizer.pseudonymise(letter.text()).text();
            var findings = guard.personalData(pseudonymised)
                .stream()
                .map(entity -> entity.type() + "/" + entity.recogniser() + "@" + entity.start())
                .collect(Collectors.toCollection(TreeSet::new));
            if (!findings.isEmpty()) {
                selfFindings.put(letter.id(), findings);
            }
        }

        assertThat(selfFindings).isEmpty();
    }

    @Test
    void sendsEveryPseudonymisedLetterThatPassesUnchanged() throws IOException {
        try (var server = OpenAiCompatibleTestServer.start();
                var models = new LanguageModels(InferenceSettings.fromEnvironment(server.environment()))) {
            server.answer(Reply.computed(request -> "Erklärung zu " + request.content().length() + " Zeichen"));
            var letters = letters().toList();
            int sent = 0;
            for (var letter : letters) {
                var pseudonymised = anonymizer.pseudonymise(letter.text()).text();
                var completion = models.complete(new Prompt(INSTRUCTIONS, pseudonymised));

                assertThat(server.requests().get(sent++).content()).isEqualTo(pseudonymised);
                assertThat(completion.text()).isEqualTo("Erklärung zu " + pseudonymised.length() + " Zeichen");
            }
            assertThat(sent).isEqualTo(letters.size());
        }
    }
}

package de.kommunale2030.plattform.klartext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.kommunale2030.plattform.anonymization.Anonymizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two annotated corpora of synthetic notices, each letter pseudonymised by the real anonymiser
 * first, because extraction runs on pseudonymised text in the pipeline.
 */
final class CorpusLetters {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Path> CORPORA = List.of(
            Path.of("src/test/resources/anonymization/dev/bescheide-dev.jsonl"),
            Path.of("src/test/resources/anonymization/own/bescheide-own.jsonl"));
    private static final Map<String, String> PSEUDONYMISED = new ConcurrentHashMap<>();
    private static List<Letter> letters;

    private CorpusLetters() {
    }

    /** A corpus letter: its id, its corpus ("dev" or "own"), its Land, its text, its annotated facts and personal values. */
    record Letter(String id, String corpus, Land land, String text, JsonNode facts, List<String> pii) {

        String pseudonymised() {
            return PSEUDONYMISED.computeIfAbsent(id, key -> new Anonymizer().pseudonymise(text).text());
        }

        @Override
        public String toString() {
            return id;
        }
    }

    static synchronized List<Letter> all() {
        if (letters == null) {
            var read = new ArrayList<Letter>();
            for (var corpus : CORPORA) {
                try {
                    for (var line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
                        var letter = JSON.readTree(line);
                        read.add(new Letter(letter.get("id").asString(), corpus.getParent().getFileName().toString(),
                                Land.valueOf(letter.get("land").asString()), letter.get("text").asString(), letter.get("facts"),
                                letter.get("pii").valueStream().map(pii -> pii.get("value").asString()).toList()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            letters = List.copyOf(read);
        }
        return letters;
    }

    static Letter byId(String id) {
        return all().stream().filter(letter -> letter.id().equals(id)).findFirst().orElseThrow();
    }
}

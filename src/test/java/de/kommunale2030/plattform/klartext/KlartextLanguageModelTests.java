package de.kommunale2030.plattform.klartext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;

import de.kommunale2030.plattform.anonymization.Policy;
import de.kommunale2030.plattform.inference.InferenceSettings;
import de.kommunale2030.plattform.inference.LanguageModels;
import de.kommunale2030.plattform.inference.OpenAiCompatibleTestServer;
import de.kommunale2030.plattform.inference.OpenAiCompatibleTestServer.RecordedRequest;
import de.kommunale2030.plattform.inference.OpenAiCompatibleTestServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline against a local OpenAI-compatible server that plays a faithful model: it explains
 * the pseudonymised notice it receives (with the built-in engine's words) — or, scripted, a model
 * that gets an amount or a date wrong, drops a deadline, or fails.
 */
class KlartextLanguageModelTests {

    private OpenAiCompatibleTestServer server;
    private LanguageModels models;
    private Klartext klartext;

    @BeforeEach
    void startServer() {
        server = OpenAiCompatibleTestServer.start();
        models = new LanguageModels(InferenceSettings.fromEnvironment(server.environment()));
        klartext = new Klartext(models);
    }

    @AfterEach
    void stopServer() {
        models.close();
        server.close();
    }

    /** A model that explains exactly what it received; {@code land} for the deadline it computes. */
    private static Reply faithful(Land land) {
        return Reply.computed(request -> faithfulAnswer(request, land));
    }

    private static String faithfulAnswer(RecordedRequest request, Land land) {
        var notice = Notice.parse(request.content());
        var facts = notice.facts();
        var explanation = new BuiltInExplainer(Glossary.standard())
            .explain(facts, Klartext.deadlines(facts, new Deadlines(4, land)), notice.text());
        return new Explanation(explanation.blocks().stream()
            .filter(block -> block.heading() != Explanation.Heading.WICHTIGE_BEGRIFFE)
            .toList()).text();
    }

    @Test
    void sendsNoPersonalValueOfAnyCorpusLetterAndPutsThePlaceholdersBack() {
        var notSent = new ArrayList<String>();
        for (var letter : CorpusLetters.all()) {
            server.answer(faithful(letter.land()));
            var before = server.requests().size();
            var result = klartext.explain(letter.text(), Policy.NONE, new Deadlines(4, letter.land()), true);
            var received = server.requests().subList(before, server.requests().size());
            for (var request : received) {
                for (var pii : letter.pii()) {
                    assertThat(leaks(request, pii)).as(letter.id() + " sent a personal value").isFalse();
                }
                assertThat(request.content()).isEqualTo(result.anonymized());
            }
            if (received.isEmpty()) {
                notSent.add(letter.id() + " (" + result.fallback() + ")");
                continue;
            }
            assertThat(result.engine()).as(letter.id() + " " + result.fallback()).isEqualTo(KlartextResult.Engine.LANGUAGE_MODEL);
            assertThat(result.explanation().text()).as(letter.id()).doesNotContainPattern("\\[[A-Z_]+_\\d+[a-z]?\\]");
        }
        assertThat(notSent).as("letters the egress guard kept back").isEmpty();
    }

    @Test
    void putsPlaceholdersInTheModelsAnswerBack() {
        var letter = CorpusLetters.byId("grundsteuer-01");
        server.answer(Reply.computed(request -> {
            var answer = faithfulAnswer(request, letter.land());
            return answer.replaceFirst("\n\n", "\n\nGuten Tag [PERSON_1].\n\n");
        }));
        var result = klartext.explain(letter.text(), Policy.NONE, new Deadlines(4, letter.land()), true);
        assertThat(result.engine()).isEqualTo(KlartextResult.Engine.LANGUAGE_MODEL);
        assertThat(server.requests().getFirst().content()).contains("[PERSON_1]");
        var person = letter.text().substring(letter.text().indexOf("Herrn Dr. ") + "Herrn Dr. ".length()).lines().findFirst().orElseThrow();
        assertThat(result.explanation().text()).contains("Guten Tag " + person + ".").doesNotContain("[PERSON_1]");
    }

    @Test
    void fallsBackToTheBuiltInExplanationWhenTheModelGetsAnAmountWrong() {
        var letter = CorpusLetters.byId("grundsteuer-01");
        server.answer(Reply.computed(request -> faithfulAnswer(request, letter.land()).replace("472,01 €", "427,01 €")));
        var result = klartext.explain(letter.text(), Policy.NONE, new Deadlines(4, letter.land()), true);
        assertThat(server.requests()).hasSize(1);
        assertThat(result.engine()).isEqualTo(KlartextResult.Engine.BUILT_IN);
        assertThat(result.fallback()).isEqualTo("fact-guard.invented-amount");
        assertThat(result.explanation().text()).contains("472,01 €").doesNotContain("427,01 €");
    }

    @Test
    void fallsBackWhenTheModelInventsADateOrDropsTheDeadline() {
        var letter = CorpusLetters.byId("hundesteuer-02");
        var deadlines = new Deadlines(4, letter.land());
        server.answer(Reply.computed(request -> faithfulAnswer(request, letter.land()) + "\n\nMelden Sie sich bis 3. März 2031."));
        assertThat(klartext.explain(letter.text(), Policy.NONE, deadlines, true).fallback()).isEqualTo("fact-guard.invented-date");
        server.answer(Reply.computed(request -> {
            var answer = Explanation.parse(faithfulAnswer(request, letter.land())).orElseThrow();
            return new Explanation(answer.blocks().stream()
                .filter(block -> block.heading() != Explanation.Heading.NICHT_EINVERSTANDEN)
                .toList()).text();
        }));
        assertThat(klartext.explain(letter.text(), Policy.NONE, deadlines, true).fallback()).startsWith("fact-guard.missing-");
        server.answer(Reply.text("Hier ist die Erklärung: Sie müssen zahlen."));
        assertThat(klartext.explain(letter.text(), Policy.NONE, deadlines, true).fallback()).isEqualTo("fact-guard.no-structure");
    }

    @Test
    void fallsBackWhenTheModelStatesAnotherPeriodOrHidesAFactInItsOwnGlossary() {
        var letter = CorpusLetters.byId("hundesteuer-02");
        var deadlines = new Deadlines(4, letter.land());
        server.answer(Reply.computed(request -> faithfulAnswer(request, letter.land()).replace("1 Monat", "5 Wochen")));
        assertThat(klartext.explain(letter.text(), Policy.NONE, deadlines, true).fallback()).isEqualTo("fact-guard.invented-period");
        // the deadline only in a "Wichtige Begriffe" block of the model's own, which is replaced by the built-in glossary
        server.answer(Reply.computed(request -> {
            var answer = Explanation.parse(faithfulAnswer(request, letter.land())).orElseThrow();
            var blocks = new ArrayList<Explanation.Block>();
            for (var block : answer.blocks()) {
                blocks.add(block.heading() == Explanation.Heading.BIS_WANN || block.heading() == Explanation.Heading.NICHT_EINVERSTANDEN
                        ? new Explanation.Block(block.heading(), List.of("Siehe unten."))
                        : block);
            }
            var hidden = answer.blocks().stream()
                .filter(block -> block.heading() == Explanation.Heading.BIS_WANN || block.heading() == Explanation.Heading.NICHT_EINVERSTANDEN)
                .flatMap(block -> block.paragraphs().stream())
                .toList();
            blocks.add(new Explanation.Block(Explanation.Heading.WICHTIGE_BEGRIFFE, hidden));
            return new Explanation(blocks).text();
        }));
        var hiding = klartext.explain(letter.text(), Policy.NONE, deadlines, true);
        assertThat(hiding.engine()).isEqualTo(KlartextResult.Engine.BUILT_IN);
        assertThat(hiding.fallback()).startsWith("fact-guard.missing-");
    }

    @Test
    void sendsNothingWhenTheRequestCannotBeRecorded() {
        var letter = CorpusLetters.byId("grundsteuer-01");
        server.answer(faithful(letter.land()));
        var recorded = new ArrayList<String>();
        assertThatThrownBy(() -> klartext.explain(letter.text(), Policy.NONE, new Deadlines(4, letter.land()), true,
                provider -> {
                    recorded.add(provider);
                    throw new IllegalStateException("audit log unavailable");
                })).hasMessage("audit log unavailable");
        assertThat(recorded).containsExactly(server.url().substring("http://".length()));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void recordsAnOpenCircuitAsTheReasonForTheFallback() {
        var letter = CorpusLetters.byId("grundsteuer-01");
        var deadlines = new Deadlines(4, letter.land());
        server.answer(Reply.status(503));
        var fallbacks = new ArrayList<String>();
        for (int call = 0; call < 6; call++) {
            fallbacks.add(klartext.explain(letter.text(), Policy.NONE, deadlines, true).fallback());
        }
        assertThat(fallbacks.subList(0, 5)).containsOnly("inference.provider-error");
        assertThat(fallbacks.getLast()).isEqualTo("inference.circuit-open");
    }

    @Test
    void fallsBackWhenTheProviderFails() {
        var letter = CorpusLetters.byId("grundsteuer-01");
        server.answer(Reply.status(500));
        var result = klartext.explain(letter.text(), Policy.NONE, new Deadlines(4, letter.land()), true);
        assertThat(result.engine()).isEqualTo(KlartextResult.Engine.BUILT_IN);
        assertThat(result.fallback()).isEqualTo("inference.provider-error");
        assertThat(result.explanation().blocks()).isNotEmpty();
    }

    @Test
    void asksNoModelWhenTheKommuneHasNotAllowedIt() {
        var letter = CorpusLetters.byId("abfall-01");
        server.answer(faithful(letter.land()));
        var result = klartext.explain(letter.text(), Policy.NONE, new Deadlines(4, letter.land()), false);
        assertThat(server.requests()).isEmpty();
        assertThat(result.engine()).isEqualTo(KlartextResult.Engine.BUILT_IN);
        assertThat(result.fallback()).isNull();
    }

    @Test
    void refusesAProviderOutsideTheEu() {
        var environment = new HashMap<>(server.environment());
        environment.put("K2030_INFERENCE_COUNTRY", "US");
        assertThatThrownBy(() -> new LanguageModels(InferenceSettings.fromEnvironment(environment)))
            .hasMessageContaining("K2030_INFERENCE_COUNTRY");
        assertThat(server.requests()).isEmpty();
    }

    /**
     * The corpus evaluator's rule: case-insensitive at word boundaries; values with digits (IBANs,
     * numbers) also with their spaces removed.
     */
    private static boolean leaks(RecordedRequest request, String value) {
        var sent = request.instructions() + "\n" + request.content();
        var word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return word.matcher(sent).find()
                || value.matches(".*\\d.*") && sent.replaceAll("\\s", "").contains(value.replaceAll("\\s", ""));
    }
}

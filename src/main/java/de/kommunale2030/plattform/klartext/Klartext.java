package de.kommunale2030.plattform.klartext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import de.kommunale2030.plattform.anonymization.Anonymizer;
import de.kommunale2030.plattform.anonymization.Mapping;
import de.kommunale2030.plattform.anonymization.Policy;
import de.kommunale2030.plattform.inference.LanguageModelFailure;
import de.kommunale2030.plattform.inference.LanguageModels;
import de.kommunale2030.plattform.inference.Prompt;

/**
 * The Klartext pipeline: anonymise → understand (parts and facts, computed deadlines) → explain
 * (built-in engine, or a language model whose answer the fact guard accepts) → put the personal
 * values back → readability of both texts. Nothing here stores or logs a text.
 */
public final class Klartext {

    private final BuiltInExplainer builtIn = new BuiltInExplainer(Glossary.standard());
    private final LanguageModels models;

    /** Only the built-in engine. */
    public Klartext() {
        this(null);
    }

    /** @param models the EU language models to ask where a Kommune allows it; {@code null} for none */
    public Klartext(LanguageModels models) {
        this.models = models;
    }

    /** Explains {@code text}, asking a language model without recording it first (the command line). */
    public KlartextResult explain(String text, Policy policy, Deadlines deadlines, boolean languageModel) {
        return explain(text, policy, deadlines, languageModel, provider -> { });
    }

    /**
     * Explains {@code text}.
     *
     * @param policy          the Kommune's additions to the anonymiser's rules
     * @param deadlines       the Bekanntgabe fiction and Land of the Kommune; {@code null} when unknown
     *                        (the explanation then states the period but computes no last day)
     * @param languageModel   whether the Kommune allows asking a language model
     * @param beforeInference called with the provider (host:port) before anything is sent to it; if it
     *                        throws, nothing is sent and the exception ends the explanation — so that
     *                        a text leaves the platform only once that is recorded
     */
    public KlartextResult explain(String text, Policy policy, Deadlines deadlines, boolean languageModel,
            Consumer<String> beforeInference) {
        // Lines a PDF wrapped at the page width are joined first: the anonymiser reads an IBAN or an
        // address split over two lines as two fragments and would mask the authority's own account.
        var pseudonymised = new Anonymizer(policy).pseudonymise(Wrapping.unwrapped(text));
        var notice = Notice.parse(pseudonymised.text());
        var facts = notice.facts();
        var computed = deadlines(facts, deadlines);
        var explanation = builtIn.explain(facts, computed, notice.text());
        var engine = KlartextResult.Engine.BUILT_IN;
        String fallback = null;
        String provider = null;
        // configured(), not available(): an open circuit is then refused by complete() and recorded
        // as the fallback reason instead of passing silently
        if (languageModel && models != null && models.configured()) {
            provider = models.provider().orElseThrow();
            beforeInference.accept(provider);
            try {
                var completion = models.complete(new Prompt(ModelInstructions.of(facts, computed), pseudonymised.text()));
                var answer = Explanation.parse(completion.text()).map(Klartext::withoutGlossary);
                // the guard reads exactly what the citizen will read from the model, nothing it drops
                var refusal = answer.isEmpty() ? Optional.of(FactGuard.Refusal.NO_STRUCTURE)
                        : FactGuard.check(answer.get().text(), facts, computed, notice.text());
                if (refusal.isPresent()) {
                    fallback = "fact-guard." + key(refusal.get());
                }
                else {
                    explanation = withGlossaryOf(answer.get(), explanation);
                    engine = KlartextResult.Engine.LANGUAGE_MODEL;
                }
            }
            catch (LanguageModelFailure failure) {
                fallback = "inference." + key(failure.reason());
            }
        }
        var back = reidentification(pseudonymised.mapping());
        var explained = reidentified(explanation, back);
        var deadlinesBack = computed.stream()
            .map(d -> new ObjectionDeadline(reidentified(d.remedy(), back), d.posted(), d.announced(), d.daysAfterPosting(),
                    d.land(), d.lastDay()))
            .toList();
        return new KlartextResult(pseudonymised.text(), reidentified(facts, back), deadlinesBack, explained, engine, fallback,
                provider, Readability.of(text), Readability.of(explained.text()));
    }

    private static Explanation withoutGlossary(Explanation answer) {
        return new Explanation(answer.blocks().stream()
            .filter(block -> block.heading() != Explanation.Heading.WICHTIGE_BEGRIFFE)
            .toList());
    }

    /** The model's blocks with the built-in glossary, whose explanations are checked by hand, not generated. */
    private static Explanation withGlossaryOf(Explanation answer, Explanation builtIn) {
        var blocks = new ArrayList<>(answer.blocks());
        builtIn.blocks().stream()
            .filter(block -> block.heading() == Explanation.Heading.WICHTIGE_BEGRIFFE)
            .forEach(blocks::add);
        return new Explanation(blocks);
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One computed last day per remedy that starts with the (deemed) announcement of a dated notice. */
    static List<ObjectionDeadline> deadlines(Facts facts, Deadlines rules) {
        if (rules == null || facts.noticeDate() == null) {
            return List.of();
        }
        var computed = new ArrayList<ObjectionDeadline>();
        for (var remedy : facts.remedies()) {
            if (remedy.startsWith() == Remedy.Start.BEKANNTGABE) {
                computed.add(ObjectionDeadline.of(remedy, facts.noticeDate(), rules));
            }
        }
        return computed;
    }

    private static UnaryOperator<String> reidentification(Mapping mapping) {
        return text -> text == null ? null : Anonymizer.reidentify(text, mapping);
    }

    private static Explanation reidentified(Explanation explanation, UnaryOperator<String> back) {
        return new Explanation(explanation.blocks().stream()
            .map(block -> new Explanation.Block(block.heading(), block.paragraphs().stream().map(back).toList()))
            .toList());
    }

    private static Facts reidentified(Facts facts, UnaryOperator<String> back) {
        return new Facts(back.apply(facts.authority()), facts.kind(), back.apply(facts.subject()), facts.noticeDate(),
                back.apply(facts.decision()), facts.total(),
                facts.instalments().stream()
                    .map(i -> new Instalment(i.due(), back.apply(i.dueAsWritten()), i.amount()))
                    .toList(),
                back.apply(facts.paymentReference()), back.apply(facts.account()),
                facts.remedies().stream().map(r -> reidentified(r, back)).toList(),
                facts.legalBases().stream().map(back).toList());
    }

    private static Remedy reidentified(Remedy remedy, UnaryOperator<String> back) {
        return new Remedy(remedy.kind(), remedy.period(), back.apply(remedy.periodAsWritten()), remedy.startsWith(),
                back.apply(remedy.where()));
    }
}

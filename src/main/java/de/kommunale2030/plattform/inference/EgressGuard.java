package de.kommunale2030.plattform.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.kommunale2030.plattform.anonymization.Anonymizer;
import de.kommunale2030.plattform.anonymization.Entity;
import de.kommunale2030.plattform.anonymization.EntityType;

/**
 * The last look at a payload before it leaves the process: the anonymiser runs again over each part,
 * and whatever it still finds blocks the call. The caller has pseudonymised already; the guard catches
 * a caller that forgot to, or a prompt template that carries personal data of its own.
 * <p>
 * A finding that lies wholly inside a placeholder ({@code PERSON} in {@code [PERSON_1]}) is the
 * placeholder, not personal data: a placeholder consists of a fixed label and digits and carries no
 * value. Every other finding counts, also where the anonymiser flags something in its own output
 * that it kept in the original (report of the corpus check, ADR 0016).
 */
final class EgressGuard {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:"
            + Arrays.stream(EntityType.values()).map(EntityType::label).collect(Collectors.joining("|"))
            + ")_\\d{1,7}(?:[a-z]|_\\d{1,7})?\\]");

    private final Anonymizer anonymizer = new Anonymizer();

    /** Findings per type in both parts of the prompt; empty means the payload may leave. */
    Map<EntityType, Integer> findings(Prompt prompt) {
        var counts = new EnumMap<EntityType, Integer>(EntityType.class);
        for (var part : List.of(prompt.instructions(), prompt.content())) {
            for (var entity : personalData(part)) {
                counts.merge(entity.type(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** What the anonymiser finds in one text, placeholders excepted. */
    List<Entity> personalData(String text) {
        var placeholders = new ArrayList<int[]>();
        var matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            placeholders.add(new int[] { matcher.start(), matcher.end() });
        }
        return anonymizer.analyse(text)
            .stream()
            .filter(entity -> placeholders.stream().noneMatch(span -> span[0] <= entity.start() && entity.end() <= span[1]))
            .toList();
    }
}

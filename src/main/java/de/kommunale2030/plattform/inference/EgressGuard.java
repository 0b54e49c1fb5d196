package de.kommunale2030.plattform.inference;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.kommunale2030.plattform.anonymization.Anonymizer;
import de.kommunale2030.plattform.anonymization.Entity;
import de.kommunale2030.plattform.anonymization.EntityType;

/**
 * The last look at a payload before it leaves the process: the anonymiser runs again over each part,
 * and whatever it still finds blocks the call. The caller has pseudonymised already; the guard catches
 * a caller that forgot to, or a prompt template that carries personal data of its own.
 * <p>
 * Every finding counts. The anonymiser treats its placeholders as opaque and reads a pseudonymised
 * letter with the layout of the original, so that it finds nothing in its own output; a finding in a
 * pseudonymised payload is therefore data that was not pseudonymised (ADR 0016).
 */
final class EgressGuard {

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

    /** What the anonymiser finds in one text. */
    List<Entity> personalData(String text) {
        return anonymizer.analyse(text);
    }
}

package de.kommunale2030.plattform.anonymization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A value found once is masked wherever it recurs: a Kassenzeichen repeated in the payment
 * reference, a birth date in a table, a licence plate written without spaces (NI-YT 482, NIYT482).
 * The text is scanned once, at word starts, against an index of the values by their first chars, so
 * that the cost does not grow with the number of values times the length of the text.
 */
final class Repetitions {

    private static final int PREFIX = 4;
    private static final Set<EntityType> WRITTEN_COMPACT = EnumSet.of(EntityType.IBAN, EntityType.LICENSE_PLATE,
            EntityType.CASE_NUMBER, EntityType.TAX_ID, EntityType.TAX_NUMBER, EntityType.SOCIAL_SECURITY,
            EntityType.ID_NUMBER, EntityType.PHONE, EntityType.PROPERTY_ID);

    private Repetitions() {
    }

    static void find(Findings findings) {
        var text = findings.text();
        Map<String, List<Value>> byPrefix = new HashMap<>();
        var known = new HashMap<String, Findings.Finding>();
        for (var finding : findings.candidates()) {
            var entity = finding.entity();
            if (entity.type() == EntityType.PERSON) {
                continue;
            }
            var value = text.substring(entity.start(), entity.end());
            index(byPrefix, known, value, finding);
            if (WRITTEN_COMPACT.contains(entity.type())) {
                index(byPrefix, known, value.replaceAll("[\\s-]", ""), finding);
            }
        }
        if (byPrefix.isEmpty()) {
            return;
        }
        var found = new ArrayList<Runnable>();
        for (int at = 0; at + PREFIX <= text.length(); at++) {
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            var candidates = byPrefix.get(text.substring(at, at + PREFIX));
            if (candidates == null) {
                continue;
            }
            for (var candidate : candidates) {
                int end = at + candidate.text.length();
                if (text.startsWith(candidate.text, at) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                        && at != candidate.of.entity().start()) {
                    var entity = candidate.of.entity();
                    int start = at;
                    found.add(() -> findings.add(entity.type(), start, end, "repetition", entity.confidence() * 0.95,
                            candidate.of.key()));
                }
            }
        }
        found.forEach(Runnable::run);
    }

    private static void index(Map<String, List<Value>> byPrefix, Map<String, Findings.Finding> known, String value,
            Findings.Finding finding) {
        if (value.length() < Math.max(PREFIX, 4) || known.putIfAbsent(value, finding) != null) {
            return;
        }
        byPrefix.computeIfAbsent(value.substring(0, PREFIX), prefix -> new ArrayList<>()).add(new Value(value, finding));
    }

    private record Value(String text, Findings.Finding of) {
    }
}

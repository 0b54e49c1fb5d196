package de.kommunale2030.plattform.anonymization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A value found once is masked wherever it recurs: a Kassenzeichen repeated in the payment
 * reference, a birth date in a table, a licence plate written without spaces (NI-YT 482, NIYT482).
 */
final class Repetitions {

    private static final Set<EntityType> WRITTEN_COMPACT = EnumSet.of(EntityType.IBAN, EntityType.LICENSE_PLATE,
            EntityType.CASE_NUMBER, EntityType.TAX_ID, EntityType.TAX_NUMBER, EntityType.SOCIAL_SECURITY,
            EntityType.ID_NUMBER, EntityType.PHONE, EntityType.PROPERTY_ID);

    private Repetitions() {
    }

    static void find(Findings findings) {
        var text = findings.text();
        var seen = new HashSet<String>();
        for (var finding : new ArrayList<>(findings.candidates())) {
            var entity = finding.entity();
            if (entity.type() == EntityType.PERSON) {
                continue;
            }
            var value = text.substring(entity.start(), entity.end());
            if (value.length() >= 4 && seen.add(value)) {
                addAll(findings, text, value, finding);
            }
            if (WRITTEN_COMPACT.contains(entity.type())) {
                var compact = value.replaceAll("[\\s-]", "");
                if (compact.length() >= 5 && !compact.equals(value) && seen.add(compact)) {
                    addAll(findings, text, compact, finding);
                }
            }
        }
    }

    private static void addAll(Findings findings, String text, String value, Findings.Finding of) {
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            int end = at + value.length();
            boolean bounded = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (bounded && at != of.entity().start()) {
                findings.add(of.entity().type(), at, end, "repetition", of.entity().confidence() * 0.95, of.key());
            }
        }
    }
}

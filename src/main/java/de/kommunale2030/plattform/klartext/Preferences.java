package de.kommunale2030.plattform.klartext;

import java.util.Set;
import java.util.regex.Pattern;

import de.kommunale2030.plattform.anonymization.Policy;

/**
 * What one Kommune chooses for Bescheid-Klartext.
 *
 * @param daysAfterPosting the Bekanntgabe fiction of the Land law it applies (see {@link Deadlines})
 * @param languageModel    whether explanations may use the installation's EU language model
 * @param keptTerms        terms the anonymiser never masks (its allow list)
 * @param maskedTerms      terms the anonymiser always masks (its deny list)
 */
record Preferences(int daysAfterPosting, boolean languageModel, Set<String> keptTerms, Set<String> maskedTerms) {

    static final int MOST_TERMS = 500;
    private static final Pattern TERM = Pattern.compile("[^\\p{Cntrl}]{2,100}");

    Preferences {
        if (daysAfterPosting < 0 || daysAfterPosting > 14) {
            throw new InvalidPreferences("Die Bekanntgabe-Fiktion muss zwischen 0 und 14 Tagen nach Aufgabe zur Post liegen.");
        }
        keptTerms = terms(keptTerms);
        maskedTerms = terms(maskedTerms);
        if (keptTerms.stream().anyMatch(maskedTerms::contains)) {
            throw new InvalidPreferences("Ein Begriff kann nicht zugleich immer erhalten und immer maskiert werden.");
        }
    }

    static Preferences defaults(KlartextSettings settings) {
        return new Preferences(settings.daysAfterPosting(), false, Set.of(), Set.of());
    }

    Policy policy() {
        return new Policy(keptTerms, maskedTerms);
    }

    private static Set<String> terms(Set<String> terms) {
        if (terms == null) {
            return Set.of();
        }
        if (terms.size() > MOST_TERMS) {
            throw new InvalidPreferences("Höchstens " + MOST_TERMS + " Begriffe je Liste.");
        }
        var stripped = terms.stream().map(term -> term == null ? "" : term.strip()).toList();
        if (stripped.stream().anyMatch(term -> !TERM.matcher(term).matches())) {
            throw new InvalidPreferences("Jeder Begriff hat 2 bis 100 Zeichen ohne Steuerzeichen.");
        }
        return Set.copyOf(stripped);
    }

    /** Input a Kommune cannot choose; the message is German and names no term. */
    static final class InvalidPreferences extends IllegalArgumentException {

        InvalidPreferences(String message) {
            super(message);
        }
    }
}

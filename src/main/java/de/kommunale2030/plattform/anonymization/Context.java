package de.kommunale2030.plattform.anonymization;

import java.util.regex.Pattern;

/** Decisions that depend on the words around a value. */
final class Context {

    /** A cash office of the authority (Stadtkasse, Kreiskasse, die Kasse, but not a Sparkasse) or "unser Konto". */
    private static final Pattern AUTHORITY_ACCOUNT = Pattern.compile(
            "\\p{L}{2,40}(?<![Ss]par)kasse\\b|\\bKasse\\b|\\b[Uu]nser(?:e|em)? (?:Konto|Bankverbindung)|Gläubiger|Empfänger: (?:Stadt|Gemeinde|Landkreis|Kreis|Amt|Markt)");
    private static final Pattern CITIZEN_ACCOUNT = Pattern.compile(
            "\\bIhr(?:e|em|en|er|es)?\\b[^.\\n]{0,50}Konto|\\bvon dem Konto|\\bKonto,? von dem|Kontoinhaber|eingezogen wurden|Lastschriftmandat|Geschäftskonto");
    private static final Pattern COURT = Pattern.compile("(?i)gericht|gerichtshof|justiz");

    private Context() {
    }

    /** The sentence up to {@code position}, at most 200 chars, without the line breaks before it. */
    static String sentenceBefore(String text, int position) {
        int from = Math.max(0, position - 200);
        for (int i = position - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 2 < position && text.charAt(i + 1) == ' '
                    && (Character.isUpperCase(text.charAt(i + 2)) || text.charAt(i + 2) == '„'))) {
                return text.substring(i + 1, position);
            }
        }
        return text.substring(from, position);
    }

    static boolean isAuthorityAccount(String text, int ibanStart) {
        var sentence = sentenceBefore(text, ibanStart);
        return AUTHORITY_ACCOUNT.matcher(sentence).find() && !CITIZEN_ACCOUNT.matcher(sentence).find();
    }

    /** A court's address in the instructions on remedies is public, not a citizen's. */
    static boolean isCourtAddress(String text, int start) {
        return COURT.matcher(sentenceBefore(text, start)).find();
    }
}

package de.kommunale2030.plattform.klartext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The kind of a notice, read from its subject. The order decides: a letter that is only a hearing
 * or a reminder is that (even a reminder of Grundsteuer), a letter that says it is no decision is
 * SONSTIGER (an information letter about Grundsteuer is no Grundsteuerbescheid), and a Stundung of
 * Gewerbesteuer is a Gewerbesteuer matter. Friedhof, Kurabgabe, Vergnügungsteuer, Beiträge and the
 * like have no kind of their own and are SONSTIGER: the explanation then says only what every
 * Bescheid has.
 */
final class Kinds {

    private record Rule(Kind kind, Pattern subject) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.MAHNUNG, Pattern.compile("(?iuU)\\b(?:mahnung|zahlungserinnerung)\\b")),
            new Rule(Kind.VERWARNUNG, Pattern.compile("(?iu)verwarnung|anhörung")),
            new Rule(Kind.BUSSGELD, Pattern.compile("(?iu)bußgeldbescheid")),
            new Rule(Kind.GEWERBESTEUER, Pattern.compile("(?iu)gewerbesteuer")),
            new Rule(Kind.ZWEITWOHNUNGSTEUER, Pattern.compile("(?iu)zweitwohnung")),
            new Rule(Kind.GRUNDSTEUER, Pattern.compile("(?iu)grundsteuer")),
            new Rule(Kind.HUNDESTEUER, Pattern.compile("(?iu)hundesteuer")),
            new Rule(Kind.STRASSENREINIGUNG, Pattern.compile("(?iu)straßenreinigung")),
            new Rule(Kind.ABFALLGEBUEHREN, Pattern.compile("(?iu)abfall")),
            new Rule(Kind.KITA, Pattern.compile("(?iuU)\\bkita\\b|kindertages|ganztagsschule|\\bogs\\b|elternbeitr")),
            new Rule(Kind.WOHNGELD, Pattern.compile("(?iu)wohngeld")),
            new Rule(Kind.BAUGENEHMIGUNG, Pattern.compile("(?iu)baugenehmigung|baugebühr|baugesetze")));

    private static final Pattern NO_DECISION = Pattern.compile(            "(?iuU)\\bist (?:noch |selbst )?kein(?:e)? (?:Bescheid|Verwaltungsakt|Entscheidung)\\b");

    private Kinds() {
    }

    /** The kind named by {@code subject} (the whole subject block); SONSTIGER when none or unknown. */
    static Kind of(String subject, String text) {
        if (subject == null) {
            return Kind.SONSTIGER;
        }
        var noDecision = NO_DECISION.matcher(text).find();
        for (var rule : RULES) {
            var mayBeNoDecision = rule.kind() == Kind.MAHNUNG || rule.kind() == Kind.VERWARNUNG;
            if (noDecision && !mayBeNoDecision) {
                return Kind.SONSTIGER;
            }
            if (rule.subject().matcher(subject).find()) {
                return rule.kind();
            }
        }
        return Kind.SONSTIGER;
    }
}

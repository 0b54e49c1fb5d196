package de.kommunale2030.plattform.klartext;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a language model is told besides the notice: the plain-language rules, the structure to
 * answer in, and the facts it must state — extracted and computed here, so the model rephrases
 * rather than reads numbers, and the fact guard can hold it to them. Placeholders stay placeholders.
 */
final class ModelInstructions {

    private static final Set<Checklist.Label> INSTRUCTED = EnumSet.of(Checklist.Label.KIND, Checklist.Label.DATE,
            Checklist.Label.TOTAL, Checklist.Label.INSTALMENT, Checklist.Label.REFERENCE, Checklist.Label.DEADLINE);

    private ModelInstructions() {
    }

    static String of(Facts facts, List<ObjectionDeadline> deadlines) {
        var out = new StringBuilder("""
                Du erklärst einer Bürgerin oder einem Bürger einen Bescheid einer deutschen Behörde in einfacher Sprache.
                Regeln: Ein Gedanke pro Satz. Höchstens 15 Wörter pro Satz. Aktiv formulieren. Die Person mit "Sie" ansprechen.
                Zahlen als Ziffern. Daten ausgeschrieben, zum Beispiel "15. Februar 2027". Beträge genau wie im Bescheid, zum Beispiel "472,01 €".
                Das Wichtigste zuerst: was zu tun ist, bis wann, wie viel. Nichts erfinden, nichts Rechtserhebliches weglassen.
                Platzhalter in eckigen Klammern wie [PERSON_1] oder [AKTENZEICHEN_1] unverändert übernehmen.
                Antworte nur mit diesen fünf Überschriften, jede allein in einer Zeile, in dieser Reihenfolge, darunter kurze Absätze:
                """);
        for (var heading : List.of(Explanation.Heading.WORUM_GEHT_ES, Explanation.Heading.WAS_MUESSEN_SIE_TUN,
                Explanation.Heading.BIS_WANN, Explanation.Heading.WIE_VIEL, Explanation.Heading.NICHT_EINVERSTANDEN)) {
            out.append(heading.title()).append('\n');
        }
        out.append("Diese Angaben müssen vorkommen (aus dem Bescheid gelesen und berechnet):\n");
        // Account and addresses stay in the notice, where the letter's layout shows they are the
        // authority's: listed alone, the egress guard could not tell them from a citizen's.
        for (var line : Checklist.of(facts, deadlines).stream().filter(line -> INSTRUCTED.contains(line.label())).toList()) {
            out.append("- ").append(line.label().german()).append(": ").append(line.value()).append('\n');
        }
        for (var remedy : facts.remedies()) {
            out.append("- Rechtsbehelf: ").append(remedy.kind().label()).append(' ').append(remedy.periodAsWritten())
                .append(" (wo einzulegen: wie im Bescheid)\n");
        }
        for (var deadline : deadlines) {
            out.append("- Annahme für den letzten Tag (").append(deadline.remedy().kind().label())
                .append("): Der Bescheid wurde am ").append(PlainGerman.date(deadline.posted()))
                .append(" zur Post gegeben und gilt ").append(deadline.daysAfterPosting()).append(" Tage später, am ")
                .append(PlainGerman.date(deadline.announced())).append(", als bekannt gegeben. Nenne diese Annahme.\n");
        }
        return out.toString();
    }
}

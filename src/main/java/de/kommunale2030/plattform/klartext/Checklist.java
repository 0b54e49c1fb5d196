package de.kommunale2030.plattform.klartext;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts of an explained notice as lines to check off: the clerk ticks them on the page, and a
 * language model is told them as the facts it must state. One list, so both see the same facts.
 */
final class Checklist {

    /** What a line states; the page labels it by its message key, the model's instructions in German. */
    enum Label {
        AUTHORITY("klartext.fact.authority", "Behörde"),
        KIND("klartext.fact.kind", "Art"),
        DATE("klartext.fact.date", "Datum des Bescheids"),
        DECISION("klartext.fact.decision", "Entscheidung"),
        TOTAL("klartext.fact.total", "Betrag"),
        INSTALMENT("klartext.fact.instalment", "Fällig"),
        REFERENCE("klartext.fact.reference", "Verwendungszweck"),
        ACCOUNT("klartext.fact.account", "Konto der Behörde"),
        REMEDY("klartext.fact.remedy", "Rechtsbehelf"),
        DEADLINE("klartext.fact.deadline", "Letzter Tag (berechnet)"),
        LEGAL_BASES("klartext.fact.legalBases", "Rechtsgrundlagen");

        private final String messageKey;
        private final String german;

        Label(String messageKey, String german) {
            this.messageKey = messageKey;
            this.german = german;
        }

        String messageKey() {
            return messageKey;
        }

        String german() {
            return german;
        }
    }

    record Line(Label label, String value) {

        /** For the page template: the message key of the label. */
        public String messageKey() {
            return label.messageKey();
        }
    }

    private Checklist() {
    }

    static List<Line> of(Facts facts, List<ObjectionDeadline> deadlines) {
        var lines = new ArrayList<Line>();
        add(lines, Label.AUTHORITY, facts.authority());
        add(lines, Label.KIND, facts.kind().label());
        add(lines, Label.DATE, facts.noticeDate() == null ? null : PlainGerman.date(facts.noticeDate()));
        add(lines, Label.DECISION, facts.decision());
        add(lines, Label.TOTAL, facts.total() == null ? null : facts.total().asWritten());
        for (var instalment : facts.instalments()) {
            var due = instalment.due() == null ? instalment.dueAsWritten() : PlainGerman.date(instalment.due());
            add(lines, Label.INSTALMENT, instalment.amount() == null ? due : due + ": " + instalment.amount().asWritten());
        }
        add(lines, Label.REFERENCE, facts.paymentReference());
        add(lines, Label.ACCOUNT, facts.account());
        for (var remedy : facts.remedies()) {
            add(lines, Label.REMEDY, remedy.kind().label() + " " + remedy.periodAsWritten()
                    + (remedy.where() == null ? "" : ", " + remedy.where()));
        }
        for (var deadline : deadlines) {
            add(lines, Label.DEADLINE, deadline.remedy().kind().label() + ": " + PlainGerman.date(deadline.lastDay()));
        }
        if (!facts.legalBases().isEmpty()) {
            add(lines, Label.LEGAL_BASES, String.join("; ", facts.legalBases()));
        }
        return lines;
    }

    private static void add(List<Line> lines, Label label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new Line(label, value));
        }
    }
}

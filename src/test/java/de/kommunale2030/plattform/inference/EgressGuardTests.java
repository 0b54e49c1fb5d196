package de.kommunale2030.plattform.inference;

import de.kommunale2030.plattform.anonymization.EntityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EgressGuardTests {

    private final EgressGuard guard = new EgressGuard();

    @Test
    void letsPlaceholdersPass() {
        var text = "Sehr geehrte Frau [PERSON_1],\nbitte überweisen Sie den Betrag auf [IBAN_1]. Reisepass: [AUSWEISNUMMER_1]";

        assertThat(guard.personalData(text)).isEmpty();
    }

    @Test
    void takesABracketWithAnUnknownLabelForText() {
        var findings = guard.findings(new Prompt("Erkläre.", "Sehr geehrte Frau [MUELLER_1],"));

        assertThat(findings).containsEntry(EntityType.PERSON, 1);
    }

    @Test
    void stillFindsANameBesideAPlaceholder() {
        var findings = guard.findings(new Prompt("Erkläre.", "Sehr geehrte Frau [PERSON_1], sehr geehrter Herr Max Mustermann,"));

        assertThat(findings).containsEntry(EntityType.PERSON, 1);
    }

    @Test
    void countsFindingsOfInstructionsAndContentTogether() {
        var findings = guard.findings(new Prompt("Schreibe an max.mustermann@example.org.",
                "Rückfragen bitte an erika.musterfrau@example.org."));

        assertThat(findings).containsEntry(EntityType.EMAIL, 2);
    }
}

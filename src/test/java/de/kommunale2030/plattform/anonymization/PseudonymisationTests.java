package de.kommunale2030.plattform.anonymization;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudonymisationTests {

    private static final String LETTER = """
            Herrn
            Emre Yıldırım
            Siegtalstraße 88
            53783 Eitorf

            Sehr geehrter Herr Yıldırım,
            Ihre E-Mail emre.yildirim@posteo.de vom 03.03.2025 haben wir erhalten. Herr Yıldırım zahlt 41,00 €.
            Eintrag: YILDIRIM EMRE.
            """;

    private final Anonymizer anonymizer = new Anonymizer();

    @Test
    void givesOnePersonOneNumberAndEachSpellingItsOwnPlaceholder() {
        var result = anonymizer.pseudonymise(LETTER);
        assertThat(result.text()).contains("[PERSON_1]\n[ADRESSE_1]\n[ADRESSE_2]", "Sehr geehrter Herr [PERSON_1b],",
                "Herr [PERSON_1b] zahlt 41,00 €", "Eintrag: [PERSON_1c].", "[EMAIL_1]", "03.03.2025");
        assertThat(result.mapping().original("[PERSON_1b]")).contains("Yıldırım");
        assertThat(result.mapping().original("[PERSON_1c]")).contains("YILDIRIM EMRE");
    }

    @Test
    void reidentifiesEveryPlaceholderAlsoInAReorderedAnswer() {
        var result = anonymizer.pseudonymise(LETTER);
        assertThat(Anonymizer.reidentify(result.text(), result.mapping())).isEqualTo(LETTER);
        var answer = "[EMAIL_1] gehört [PERSON_1b]; er wohnt in [ADRESSE_2], [ADRESSE_1]. [PERSON_9] ist unbekannt.";
        assertThat(Anonymizer.reidentify(answer, result.mapping()))
            .isEqualTo("emre.yildirim@posteo.de gehört Yıldırım; er wohnt in 53783 Eitorf, Siegtalstraße 88. [PERSON_9] ist unbekannt.");
    }

    @Test
    void neverShowsPersonalValuesInTheMappingsText() {
        var mapping = anonymizer.pseudonymise(LETTER).mapping();
        assertThat(mapping.toString()).contains("[PERSON_1]").doesNotContain("Yıldırım", "Eitorf", "posteo");
    }

    @Test
    void skipsPlaceholdersThatTheTextAlreadyContains() {
        var text = "Der Platzhalter [PERSON_1] steht schon da. Sehr geehrte Frau Wiśniewska,";
        var result = anonymizer.pseudonymise(text);
        assertThat(result.text()).contains("[PERSON_1] steht schon da", "Frau [PERSON_2],");
        assertThat(Anonymizer.reidentify(result.text(), result.mapping())).isEqualTo(text);
    }

    @Test
    void keepsWhatTheTenantAllowsAndMasksWhatItDenies() {
        var policy = new Policy(Set.of("Herr Stadtkämmerer Lindqvist"), Set.of("Hofgut Sonnenwinkel"));
        var text = "Es unterschreibt Herr Stadtkämmerer Lindqvist. Betroffen ist das Hofgut Sonnenwinkel.";
        var result = new Anonymizer(policy).pseudonymise(text);
        assertThat(result.text()).contains("Herr Stadtkämmerer Lindqvist").doesNotContain("Sonnenwinkel");
    }

    @Test
    void refusesBlankPolicyEntriesAndNullText() {
        assertThatThrownBy(() -> new Policy(Set.of(" "), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> anonymizer.analyse(null)).isInstanceOf(NullPointerException.class);
    }
}

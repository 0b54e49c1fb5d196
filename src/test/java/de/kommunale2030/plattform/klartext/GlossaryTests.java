package de.kommunale2030.plattform.klartext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped glossary: size, uniqueness, short explanations, and how terms are found in a text. */
class GlossaryTests {

    private final Glossary glossary = Glossary.standard();

    private List<String> termsIn(String text) {
        return glossary.occurringIn(text).stream().map(Glossary.Entry::term).toList();
    }

    @Test
    void holdsAtLeast150TermsEachOnceWithNoFormShared() {
        var owners = new HashMap<String, String>();
        for (var entry : glossary.entries()) {
            var forms = new ArrayList<String>(List.of(entry.term()));
            entry.variants().forEach(variant -> forms.add(variant.replaceFirst("^-", "")));
            for (var form : forms) {
                var owner = owners.putIfAbsent(form.toLowerCase(Locale.GERMAN), entry.term());
                assertThat(owner == null || owner.equals(entry.term())).as(form + " also belongs to " + owner).isTrue();
            }
        }
        assertThat(glossary.entries().stream().map(Glossary.Entry::term)).doesNotHaveDuplicates();
        assertThat(glossary.entries()).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void explainsEveryTermInOneOrTwoSentencesOfAtMost15Words() {
        for (var entry : glossary.entries()) {
            var sentences = Readability.sentences(entry.explanation());
            assertThat(sentences).as(entry.term()).hasSizeBetween(1, 2);
            assertThat(entry.explanation()).as(entry.term()).endsWith(".");
            for (var sentence : sentences) {
                assertThat(Readability.words(sentence)).as(sentence).hasSizeLessThanOrEqualTo(15);
            }
            assertThat(Readability.words(Readability.sentences(entry.asParagraph()).getFirst()))
                .as("the first sentence with the term in front: " + entry.term()).hasSizeLessThanOrEqualTo(15);
        }
    }

    @Test
    void coversTheTermsOfMunicipalNotices() {
        assertThat(glossary.entries().stream().map(Glossary.Entry::term)).contains("Bescheid", "Festsetzung",
            "Hebesatz", "Messbetrag", "Grundsteuerwert", "Säumniszuschlag", "Vollstreckung", "Bekanntgabe",
            "Rechtsbehelfsbelehrung", "Widerspruch", "Klage", "Einspruch", "Verwaltungsgericht", "Kassenzeichen",
            "SEPA-Lastschriftmandat", "Fälligkeit", "Stundung", "Erlass", "Vorauszahlung", "Gebührenschuldner",
            "Gesamtschuldner", "aufschiebende Wirkung", "Bestandskraft", "Rechtskraft", "Zustellung", "Anhörung",
            "Verwarnungsgeld", "Bußgeld", "Punkte in Flensburg", "Elternbeitrag", "Wohngeld", "Mietzuschuss",
            "Baugenehmigung", "Zweitwohnungsteuer", "Hundesteuer", "Gewerbesteuer", "Erhebungszeitraum");
    }

    @Test
    void namesItsOriginInTheHeader() throws IOException {
        try (var stream = Glossary.class.getResourceAsStream("/klartext/glossar.tsv")) {
            var header = new String(stream.readNBytes(600), StandardCharsets.UTF_8);
            assertThat(header).startsWith("#").contains("für dieses Projekt");
        }
    }

    @Test
    void findsInflectedFormsAndTheLastPartOfCompounds() {
        assertThat(termsIn("Die Begründung des Bescheides folgt.")).contains("Bescheid", "Begründung");
        assertThat(termsIn("Es fallen Säumniszuschläge an.")).containsExactly("Säumniszuschlag");
        assertThat(termsIn("Die Frist des Widerspruchs")).containsExactly("Frist", "Widerspruch");
        assertThat(termsIn("Fälligkeiten 2025")).containsExactly("Fälligkeit");
        assertThat(termsIn("Der Widerspruch hat keine aufschiebende Wirkung.")).contains("aufschiebende Wirkung");
        assertThat(termsIn("Trotz der aufschiebenden Wirkung")).containsExactly("aufschiebende Wirkung");
        assertThat(termsIn("Ihr Grundsteuerbescheid")).containsExactly("Bescheid");
        assertThat(termsIn("laut Grundsteuermessbetrag")).containsExactly("Messbetrag");
        assertThat(termsIn("Die Gewerbesteuer-Vorauszahlungen")).containsExactly("Gewerbesteuer", "Vorauszahlung");
    }

    @Test
    void findsNoTermInsideAnotherWord() {
        assertThat(termsIn("Mit Bescheidenheit in Klagenfurt: Karate, Beratung, Anklage. Die Stunden vergehen."))
            .doesNotContain("Bescheid", "Klage", "Rate", "Stundung").isEmpty();
        assertThat(termsIn("Der Bescheid wurde erlassen.")).containsExactly("Bescheid");
    }

    @Test
    void listsEachTermOnceInTheOrderOfFirstOccurrenceAndTheLongerTermOnly() {
        assertThat(termsIn("Widerspruch gegen den Bescheid. Noch ein Widerspruch.")).containsExactly("Widerspruch", "Bescheid");
        assertThat(termsIn("Die Grundsteuer B wird festgesetzt.")).containsExactly("Grundsteuer B", "Festsetzung");
        assertThat(termsIn("Die Grundsteuer B und die Grundsteuer.")).containsExactly("Grundsteuer B", "Grundsteuer");
        assertThat(termsIn("")).isEmpty();
        assertThat(termsIn(null)).isEmpty();
    }

    @Test
    void keepsPlaceholdersOutOfTheSearch() {
        assertThat(termsIn("[PERSON_1] [AKTENZEICHEN_1] [IBAN_2]")).isEmpty();
    }
}

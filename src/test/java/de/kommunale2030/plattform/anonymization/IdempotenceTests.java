package de.kommunale2030.plattform.anonymization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anonymiser finds nothing in its own output: placeholders are opaque to every recogniser, and a
 * pseudonymised letter is read with the layout of the original. The egress guard of the inference
 * module re-scans every outgoing payload and would block a letter otherwise.
 */
class IdempotenceTests {

    private static final List<Path> CORPORA = List.of(Path.of("src/test/resources/anonymization/dev/bescheide-dev.jsonl"),
            Path.of("src/test/resources/anonymization/own/bescheide-own.jsonl"));

    private final Anonymizer anonymizer = new Anonymizer();

    @Test
    void findsNothingInThePseudonymisedTextOfAnyCorpusLetter() throws IOException {
        var json = JsonMapper.builder().build();
        var selfFindings = new TreeMap<String, List<String>>();
        int letters = 0;
        for (var corpus : CORPORA) {
            for (var line : Files.readAllLines(corpus)) {
                if (line.isBlank()) {
                    continue;
                }
                var node = json.readTree(line);
                var pseudonymised = anonymizer.pseudonymise(node.path("text").stringValue()).text();
                var findings = anonymizer.analyse(pseudonymised)
                    .stream()
                    .map(entity -> entity.type() + "/" + entity.recogniser() + " «"
                            + pseudonymised.substring(entity.start(), entity.end()) + "»")
                    .toList();
                if (!findings.isEmpty()) {
                    selfFindings.put(node.path("id").stringValue(), findings);
                }
                letters++;
            }
        }

        assertThat(letters).isEqualTo(55);
        assertThat(selfFindings).isEmpty();
    }

    @Test
    void readsAnAddressFieldOfPlaceholdersAsTheAddressField() {
        var letter = """
                Stadt Lindenau · Ordnungsamt
                Rathausplatz 1 · 34117 Lindenau
                Telefon 0561 7788-0 · www.lindenau.de

                Stadt Lindenau · Postfach 11 40 · 34112 Lindenau

                Herrn
                [PERSON_1]
                [ADRESSE_1]
                [ADRESSE_2]

                Sehr geehrter Herr [PERSON_1b],
                Widerspruch erheben Sie bei der Stadt Lindenau, Rathausplatz 1, 34117 Lindenau.
                """;

        assertThat(anonymizer.analyse(letter)).isEmpty();
        // without an address field under it the return-address line is ordinary text, whose post box is a person's
        assertThat(anonymizer.analyse(letter.replace("[ADRESSE_1]\n[ADRESSE_2]\n", "")))
            .extracting(Entity::recogniser)
            .contains("post-box");
    }

    @Test
    void readsAnAddressPlaceholderAboveACountryAsAForeignAddress() {
        var letter = """
                Kreisverwaltung Moselland
                Schlossplatz 3, 56841 Traben
                Telefon 06541 77-0, www.kv-moselland.de

                Herrn
                [PERSON_1]
                [ADRESSE_1]
                [ADRESSE_2]
                LUXEMBURG

                Debitor: 4711-0815
                Datum: 03.11.2026
                """;

        assertThat(anonymizer.analyse(letter))
            .singleElement()
            .satisfies(entity -> assertThat(letter.substring(entity.start(), entity.end())).isEqualTo("4711-0815"))
            .extracting(Entity::recogniser)
            .isEqualTo("reference-block");
    }

    @Test
    void neverTakesThePlaceholderLabelForASurname() {
        var text = """
                Sehr geehrte Frau [PERSON_1],
                die Kurabgabe beträgt 3,00 € je Person; als verantwortliche Person zahlen Sie für [PERSON_2].
                Reisepass: [AUSWEISNUMMER_1], ausgestellt auf [PERSON_1b].
                """;

        assertThat(anonymizer.analyse(text)).isEmpty();
    }

    @Test
    void analysesABracketWithAnUnknownLabelAsText() {
        var text = "Sehr geehrte Frau [MUELLER_1],";

        assertThat(anonymizer.analyse(text)).extracting(Entity::type).containsExactly(EntityType.PERSON);
    }

    @Property(tries = 1000)
    void pseudonymisesGeneratedLettersOnlyOnce(@ForAll("letters") String text) {
        var once = anonymizer.pseudonymise(text).text();

        assertThat(anonymizer.pseudonymise(once).text()).isEqualTo(once);
    }

    /** Letters with letterhead, address field (also abroad), reference block, body and closing. */
    @Provide
    Arbitrary<String> letters() {
        var town = Arbitraries.of("34117 Lindenau", "07422 Schwarzaburg", "26197 Huntlosen-Kirchdorf", "10552 Berlin");
        var authorityStreet = Arbitraries.of("Rathausplatz 1", "Am Hafen 2", "Markt 11", "Bahnhofstraße 60");
        var head = Combinators.combine(Arbitraries.of("Stadt Lindenau", "Landratsamt Ilm-Saale", "Amt Boddenland"),
                authorityStreet, town, Arbitraries.of("Telefon 0561 7788-0", "www.lindenau.de", "Tel. 03672 488-0"),
                Arbitraries.of(true, false))
            .as((authority, street, postcode, contact, returnLine) -> authority + "\n" + street + " · " + postcode + "\n"
                    + contact + "\n\n" + (returnLine ? authority + " · Postfach 11 40 · " + postcode + "\n\n" : ""));
        var firstName = Arbitraries.of("Emre", "Sabine", "Hans-Jürgen", "Iryna", "Franco", "Ole");
        var surname = Arbitraries.of("Yıldırım", "Großkopf", "Di Martino", "Lange", "Melnyk", "Kowalczyk");
        var addressee = Combinators.combine(Arbitraries.of("Herrn\n", "Frau\n", "Eheleute\nFranco und ", "Herrn Dr. ",
                "Frau Sabine Lange\nHerrn "), firstName, surname, Arbitraries.of("", "c/o Kovalenko\n"),
                Arbitraries.of("Weiherstraße 23 a\n66849 Landstuhl", "Zum Hirschberg 15\n66459 Kirkel-Altheim",
                        "12, rue de la Gare\nL-6440 Echternach\nLUXEMBURG"))
            .as((title, first, last, careOf, address) -> title + first + " " + last + "\n" + careOf + address + "\n\n");
        var reference = Arbitraries.of("Kassenzeichen: 6.3100.01284.7\n", "Aktenzeichen: 32.1-0815/25\n", "")
            .map(line -> line + "Sachbearbeiter: Herr Bach-Nguyen\nTelefon: 0561 7788-236\nDatum: 03.11.2026\n\n");
        var sentence = Arbitraries.of("Die Kurabgabe beträgt 3,00 € je Person und Tag. ",
                "Als verantwortliche Person tragen Sie die Kosten. ",
                "Der Betrag wird von Ihrem Konto IBAN DE89 3704 0044 0532 0130 00 eingezogen. ",
                "Ihre Tochter Mila, geboren am 12.04.2015, ist angemeldet. ",
                "Widerspruch erheben Sie bei der Stadt Lindenau, Rathausplatz 1, 34117 Lindenau. ",
                "Reisepass Nr. T22CFR0W69 liegt vor. ", "Bitte zahlen Sie 1.234,56 € an die Stadtkasse. ",
                "Kontoinhaber ist Herr Hans Großkopf. ", "Ihre Schwester, Frau Iryna Melnyk, erhält eine Abschrift. ",
                "Fragen beantwortet Herr Bach-Nguyen unter 0561 7788-236. ", "\n");
        var body = Combinators.combine(surname, sentence.list().ofMaxSize(8))
            .as((last, sentences) -> "Sehr geehrte Frau " + last + ",\n\n" + String.join("", sentences) + "\n\n");
        var closing = Arbitraries.of("Mit freundlichen Grüßen\nIm Auftrag\n\nJana Winter\n", "Mit freundlichen Grüßen\nIm Auftrag\ngez. Bach-Nguyen\n",
                "Mit freundlichen Grüßen\n", "");
        return Combinators.combine(head, addressee, reference, body, closing)
            .as((h, a, r, b, c) -> h + a + r + b + c);
    }
}

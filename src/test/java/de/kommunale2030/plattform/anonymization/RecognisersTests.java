package de.kommunale2030.plattform.anonymization;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule at a time, each with the case it must catch and the look-alike it must leave. */
class RecognisersTests {

    private final Anonymizer anonymizer = new Anonymizer();

    private List<String> values(String text, EntityType type) {
        return anonymizer.analyse(text).stream()
            .filter(entity -> entity.type() == type)
            .map(entity -> text.substring(entity.start(), entity.end()))
            .toList();
    }

    @Test
    void masksAPrivateIbanAndKeepsTheAuthorityAccount() {
        var text = "Der Betrag wird von Ihrem Konto IBAN DE89 3704 0044 0532 0130 00 eingezogen. "
                + "Bitte überweisen Sie auf das Konto der Stadtkasse Musterstadt, IBAN DE02 1203 0000 0000 2020 51, BIC BYLADEM1001.";
        assertThat(values(text, EntityType.IBAN)).containsExactly("DE89 3704 0044 0532 0130 00");
        assertThat(values(text, EntityType.BIC)).isEmpty();
    }

    @Test
    void ignoresAnIbanWithAWrongCheckSum() {
        assertThat(values("Konto IBAN DE88 3704 0044 0532 0130 00.", EntityType.IBAN)).isEmpty();
    }

    @Test
    void masksAPrivateBicAfterItsLabel() {
        assertThat(values("von Ihrem Konto IBAN DE89370400440532013000, BIC COBADEFFXXX", EntityType.BIC))
            .containsExactly("COBADEFFXXX");
    }

    @Test
    void masksDirectLinesAndKeepsTheSwitchboard() {
        var text = "Telefon 0221 12345-0\nDurchwahl: 0221 12345-67, mobil +49 (0)171 2345678";
        assertThat(values(text, EntityType.PHONE)).containsExactly("0221 12345-67", "+49 (0)171 2345678");
    }

    @Test
    void masksEmailAddresses() {
        assertThat(values("Schreiben Sie an max.mustermann-test@posteo.de oder an uns.", EntityType.EMAIL))
            .containsExactly("max.mustermann-test@posteo.de");
    }

    @Test
    void masksATaxIdOnlyWithAValidCheckDigit() {
        assertThat(values("Steuer-ID 21375916846", EntityType.TAX_ID)).containsExactly("21375916846");
        assertThat(values("Steuer-ID 21375916847", EntityType.TAX_ID)).isEmpty();
    }

    @Test
    void masksPensionInsuranceAndIdCardNumbersWithValidCheckDigits() {
        assertThat(values("Versicherungsnummer 53 120347 H 504", EntityType.SOCIAL_SECURITY)).containsExactly("53 120347 H 504");
        assertThat(values("Personalausweis T22CFR0W69 vorgelegt", EntityType.ID_NUMBER)).containsExactly("T22CFR0W69");
        assertThat(values("Code T22CFR0W68 vorgelegt", EntityType.ID_NUMBER)).isEmpty();
    }

    @Test
    void masksLicencePlatesInBothSpellings() {
        var text = "Das Fahrzeug mit dem Kennzeichen NI-YT 482 (auch NIYT482 notiert) parkte dort.";
        assertThat(anonymizer.pseudonymise(text).text()).doesNotContain("NI-YT 482").doesNotContain("NIYT482");
    }

    @Test
    void masksReferencesAfterTheirLabelAndWhereverTheyRecur() {
        var text = "Kassenzeichen: 6.3100.01284.7\nVerwendungszweck „6.3100.01284.7“. Zeichen 274 der StVO.";
        var result = anonymizer.pseudonymise(text).text();
        assertThat(result).doesNotContain("6.3100.01284.7").contains("Zeichen 274");
    }

    @Test
    void takesASingleCapitalInsideAReferenceOnlyBeforeMoreDigits() {
        var text = "Versicherungsnummer 65 190458 K 035 wurde geprüft. Aktenzeichen: 12 3456 B liegt vor.";
        assertThat(values(text, EntityType.SOCIAL_SECURITY)).containsExactly("65 190458 K 035");
        assertThat(values(text, EntityType.CASE_NUMBER)).containsExactly("12 3456");
    }

    @Test
    void masksBirthDatesButNotTheDatesOfTheNotice() {
        var text = "Datum: 18.03.2025\nKind: Elif Yıldırım, geboren am 14.02.2017, fällig am 22.04.2025, geb. 9. November 2017, geb. am 1.2.1980";
        assertThat(values(text, EntityType.BIRTHDATE)).containsExactly("14.02.2017", "9. November 2017", "1.2.1980");
    }

    @Test
    void masksPrivateAddressesAndKeepsTheTownHall() {
        var text = """
                Stadt Musterstadt
                Rathausplatz 1 · 54321 Musterstadt · Telefon 06501 300-0

                Stadt Musterstadt · Rathausplatz 1 · 54321 Musterstadt

                Frau
                Erika Mustermann
                Am Weinberg 7
                35578 Wetzlar

                Sprechen Sie uns im Rathausplatz 1 an; das Grundstück Schillerstraße 27 ist betroffen.
                """;
        assertThat(values(text, EntityType.ADDRESS)).containsExactly("Am Weinberg 7", "35578 Wetzlar", "Schillerstraße 27");
        assertThat(values(text, EntityType.PERSON)).containsExactly("Erika Mustermann");
    }

    @Test
    void masksParcelsOfPrivateOwners() {
        assertThat(values("Gemarkung Kremmensee, Flur 4, Flurstück 217/3 und Grundbuch von Kremmensee Blatt 1184",
                EntityType.PROPERTY_ID))
            .containsExactly("Gemarkung Kremmensee, Flur 4, Flurstück 217/3", "Grundbuch von Kremmensee Blatt 1184");
    }

    @Test
    void keepsTheLetterheadOfANoticeWithoutAddressField() {
        var notice = """
                Gemeinde Musterdorf
                Lindenplatz 2, 12345 Musterdorf
                Telefon 06501 300-0 · kasse@musterdorf.de

                An alle Hundehalterinnen und Hundehalter

                Fragen beantwortet die Gemeinde Musterdorf, Lindenplatz 2, oder kasse@musterdorf.de.
                """;
        assertThat(anonymizer.analyse(notice)).isEmpty();
        var paragraph = "Erika Mustermann\nLindenplatz 2, 12345 Musterdorf\n\nSie wohnt dort seit 2020.";
        assertThat(values(paragraph, EntityType.ADDRESS)).containsExactly("Lindenplatz 2", "12345 Musterdorf");
    }

    @Test
    void keepsTheAuthorityAddressNamedForAnAppeal() {
        var text = "Der Widerspruch ist bei der Stadt Musterstadt, Bürgerbüro, Marktgasse 4, 54321 Musterstadt, einzulegen. "
                + "Die Container stehen vor dem Haus Marktgasse 9, 54321 Musterstadt.";
        assertThat(values(text, EntityType.ADDRESS)).containsExactly("Marktgasse 9");
    }

    @Test
    void masksStreetsNamedByAPrepositionAndKeepsCountingPhrases() {
        var letter = """
                Stadt Musterstadt · Rathausplatz 1 · 54321 Musterstadt

                Herrn
                Jonas Beispiel
                Im Sonnenried 4 a
                12345 Musterdorf, OT Unterberg

                Baustelle: Flurstück 12, Am Mühlenbach 3
                Im Abschnitt 3 steht, was im Sonnenried 4 Wochen lang gilt; siehe Anlage, Im Abschnitt 2.
                Lagerplatz: An der Linde 4. Wir sehen uns an der Linde 4 Mal, Auf dem Teil 2 nicht.
                """;
        assertThat(values(letter, EntityType.ADDRESS))
            .containsExactly("Im Sonnenried 4 a", "12345 Musterdorf", "Am Mühlenbach 3", "An der Linde 4");
    }

    @Test
    void masksAForeignAddressButNotItsCountry() {
        var letter = """
                Stadt Musterstadt · Rathausplatz 1 · 54321 Musterstadt

                Frau
                Erika Beispiel
                5, avenue des Tilleuls
                B-4700 Eupen
                BELGIEN

                Sehr geehrte Frau Beispiel,
                """;
        assertThat(values(letter, EntityType.ADDRESS)).containsExactly("5, avenue des Tilleuls", "B-4700 Eupen");
        assertThat(values(letter, EntityType.PERSON)).doesNotContain("BELGIEN");
    }

    @Test
    void keepsAFirmThatReceivesTheLetterAndMasksAPerson() {
        var head = "Stadt Musterstadt · Rathausplatz 1 · 54321 Musterstadt\n\n";
        var toFirm = head + "Herrn\nJonas Beispiel\nc/o Immobilienverwaltung Sonnental GmbH\nTalstraße 8\n12345 Musterdorf\n";
        var toPerson = head + "Frau\nErika Beispiel\nc/o Dragomir\nTalstraße 9\n12345 Musterdorf\n\nDie Wohnung gehört Dragomir.";
        assertThat(anonymizer.pseudonymise(toFirm).text()).contains("c/o Immobilienverwaltung Sonnental GmbH");
        assertThat(anonymizer.pseudonymise(toPerson).text()).doesNotContain("Dragomir");
    }

    @Test
    void keepsMailboxesNamedAfterATaskAndMasksAClerksMailbox() {
        var text = "Ihr Hundesteuerbescheid: Fragen an hundesteuer@musterstadt.de oder an die Kasse, kasse@musterstadt.de. "
                + "Ihre Sachbearbeiterin Frau Brandl erreichen Sie unter brandl@musterstadt.de oder e.brandl@musterstadt.de.";
        assertThat(values(text, EntityType.EMAIL)).containsExactly("brandl@musterstadt.de", "e.brandl@musterstadt.de");
    }

    @Test
    void keepsTheAuthorityAccountNamedAsOurs() {
        var text = "Bitte zahlen Sie an die Kasse der Stadt, IBAN DE02 1203 0000 0000 2020 51. "
                + "Unser Konto: IBAN DE89 3704 0044 0532 0130 00.";
        assertThat(values(text, EntityType.IBAN)).isEmpty();
        assertThat(values("Die Erstattung geht auf Ihr Konto IBAN DE89 3704 0044 0532 0130 00.", EntityType.IBAN))
            .containsExactly("DE89 3704 0044 0532 0130 00");
    }

    private static final String HEAD = "Stadt Musterstadt · Rathausplatz 1 · 54321 Musterstadt\n\nHerrn\nJonas Beispiel\nLindenweg 3\n12345 Musterdorf\n\n";

    @Test
    void masksTheValuesOfTheReferenceBlockButNotItsDatesAndRooms() {
        var letter = HEAD + """
                Debitor: 7712409
                Ihr Beitragskonto:      12-345-678
                Haushaltsjahr: 2026
                Datum: 12.03.2026
                Zimmer: 214
                Bürgertelefon: 06501 300 300
                Aufenthaltstitel: Nr. ZX8P3LK51

                Sehr geehrter Herr Beispiel,
                """;
        assertThat(values(letter, EntityType.CASE_NUMBER)).containsExactly("7712409", "12-345-678");
        assertThat(values(letter, EntityType.ID_NUMBER)).containsExactly("ZX8P3LK51");
    }

    @Test
    void readsLabelsThatNameTheirRegisterBeforeTheColon() {
        var text = "Steuernummer beim Finanzamt Musterstadt: 12345/67890\nLiegenschaftsnummer im Kataster: KB-0815\n"
                + "Steuer-Nr. Hundesteuer: HS-0042-B\nAz.: KL 7/BA-2025-0091\nAufenthaltserlaubnis seit: 2019";
        assertThat(values(text, EntityType.TAX_NUMBER)).containsExactly("12345/67890");
        assertThat(values(text, EntityType.CASE_NUMBER)).containsExactly("KB-0815", "HS-0042-B", "KL 7/BA-2025-0091");
        assertThat(values(text, EntityType.ID_NUMBER)).isEmpty();
    }

    @Test
    void masksResidencePermitNumbersAfterTheirLabel() {
        var text = "Aufenthaltstitel: Nr. ZX8P3LK51\nDie Niederlassungserlaubnis (Nr. QW7R2TT80) liegt vor.";
        assertThat(values(text, EntityType.ID_NUMBER)).containsExactly("ZX8P3LK51", "QW7R2TT80");
    }

    @Test
    void masksSpacedPhoneNumbersAndMobilesInTheLetterheadButNotPeriods() {
        var letter = "Schornsteinfegermeisterin Musterfrau\nTel. 06501 30 00 · Mobil 0157 2233445\n\n" + HEAD.substring(HEAD.indexOf("Herrn"))
                + "Rückfragen unter 0160 / 912 33 08. Bewilligt für 03/2026 bis 08/2026.\n";
        assertThat(values(letter, EntityType.PHONE)).containsExactly("0157 2233445", "0160 / 912 33 08");
    }

    @Test
    void masksIsoBirthDatesPlacesOfBirthAndDatesBeforeTheDeathWord() {
        var text = "Geburtsdatum: 1984-11-02\nGeburtsort: Tarsus (Türkei)\nIhr Vater ist am 03.02.2026 verstorben. "
                + "Der Bescheid vom 2026-01-15 bleibt.";
        assertThat(values(text, EntityType.BIRTHDATE)).containsExactly("1984-11-02");
        assertThat(values(text, EntityType.OTHER)).containsExactly("Tarsus (Türkei)", "03.02.2026");
    }

    @Test
    void masksBirthNamesThatAreAlsoWordsAndListsOfChildren() {
        var text = "Mutter: Erna Beispiel, geb. Koch\nKinder: Mila (4 Jahre) und Jonte (2 Jahre)\n"
                + "Sachbearbeitung: Jana Beispiel, Zimmer 12\nDer Koch der Kita kocht.";
        var masked = anonymizer.pseudonymise(text).text();
        assertThat(masked).doesNotContain("geb. Koch").doesNotContain("Mila").doesNotContain("Jonte")
            .contains("Zimmer 12").contains("Der Koch der Kita");
        var block = "Auskunft: Frau Beispiel, Zi. 14, Tel. 06501 300-14\nDie Erben sind Beispiel, Jana und Beispiel, Jonas.";
        assertThat(values(block, EntityType.PERSON)).doesNotContain("Zi").contains("Jana");
    }
}

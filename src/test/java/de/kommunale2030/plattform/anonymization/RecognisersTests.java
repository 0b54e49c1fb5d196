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
}

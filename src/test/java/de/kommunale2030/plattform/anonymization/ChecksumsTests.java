package de.kommunale2030.plattform.anonymization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTests {

    @Test
    void acceptsAnIbanWithItsCheckDigitsAndRejectsOneChangedDigit() {
        assertThat(Checksums.iban("DE89370400440532013000")).isTrue();
        assertThat(Checksums.iban("DE89370400440532013001")).isFalse();
        assertThat(Checksums.iban("DE88370400440532013000")).isFalse();
        assertThat(Checksums.iban("de89370400440532013000")).isFalse();
    }

    @Test
    void acceptsATaxIdWithItsCheckDigitAndDigitDistribution() {
        assertThat(Checksums.taxId("21375916846")).isTrue();
        assertThat(Checksums.taxId("21375916847")).isFalse();
        // first digit 0, and ten distinct digits in the first ten places
        assertThat(Checksums.taxId("01375916846")).isFalse();
        assertThat(Checksums.taxId("12345678903")).isFalse();
    }

    @Test
    void acceptsAPensionInsuranceNumberWithItsCheckDigit() {
        assertThat(Checksums.pensionInsuranceNumber("53120347H504")).isTrue();
        assertThat(Checksums.pensionInsuranceNumber("24080985S516")).isTrue();
        assertThat(Checksums.pensionInsuranceNumber("53120347H505")).isFalse();
        assertThat(Checksums.pensionInsuranceNumber("531203479504")).isFalse();
    }

    @Test
    void acceptsAnIdCardNumberWithItsIcaoCheckDigit() {
        assertThat(Checksums.idCard("T22CFR0W69")).isTrue();
        assertThat(Checksums.idCard("L7HX24K9M" + icao("L7HX24K9M"))).isTrue();
        assertThat(Checksums.idCard("T22CFR0W68")).isFalse();
        // A, B, D, E, I, O, Q, S, U are not in the document alphabet
        assertThat(Checksums.idCard("T22CFA0W69")).isFalse();
    }

    private static int icao(String nine) {
        int[] weights = { 7, 3, 1 };
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            sum += Character.digit(nine.charAt(i), 36) * weights[i % 3];
        }
        return sum % 10;
    }
}

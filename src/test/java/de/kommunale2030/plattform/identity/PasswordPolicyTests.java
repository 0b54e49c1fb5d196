package de.kommunale2030.plattform.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    private static final PasswordPolicy POLICY = PasswordPolicy.withShippedList();
    private static final Username USER = Username.of("m.weber");

    @Test
    void shipsAtLeastTenThousandCommonPasswords() {
        assertThat(POLICY.commonPasswords()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Hafenkran-Wendeltreppe-7", "korrekt pferd batterie heftklammer", "zwölf Zeichen",
            "ÄÖÜäöüß-123456" })
    void acceptsLongPasswordsWithoutCompositionRules(String password) {
        assertThat(POLICY.violation(password, USER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "password1234", "PASSWORD1234", "qwertyuiop123", "123456789012", "iloveyou2024!", "football1234",
            "!!!baseball!!!" })
    void rejectsCommonPasswordsAlsoWhenDecorated(String password) {
        assertThat(POLICY.violation(password, USER)).hasValueSatisfying(reason -> assertThat(reason).contains("verbreitet"));
    }

    @Test
    void rejectsTooShortAndTooLongPasswords() {
        assertThat(POLICY.violation("Elf-Zeichen", USER)).hasValueSatisfying(r -> assertThat(r).contains("mindestens 12"));
        assertThat(POLICY.violation("Ä".repeat(11), USER)).isPresent();
        assertThat(POLICY.violation("x7Q!".repeat(32), USER)).isEmpty();
        assertThat(POLICY.violation("x7Q!".repeat(32) + "a", USER)).hasValueSatisfying(r -> assertThat(r).contains("höchstens"));
    }

    @Test
    void rejectsTheUsernameAndTrivialRepetitions() {
        assertThat(POLICY.violation("mein-m.weber-passwort", USER)).hasValueSatisfying(r -> assertThat(r).contains("Benutzernamen"));
        assertThat(POLICY.violation("abababababababab", USER)).isPresent();
        assertThat(POLICY.violation(null, USER)).isPresent();
    }
}

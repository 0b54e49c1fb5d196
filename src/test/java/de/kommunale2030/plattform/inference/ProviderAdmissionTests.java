package de.kommunale2030.plattform.inference;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderAdmissionTests {

    @ParameterizedTest
    @ValueSource(strings = { "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
            "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO" })
    void admitsEveryMemberStateOfTheEuAndTheEea(String country) {
        assertThat(ProviderAdmission.check(provider("https://llm.example.eu", country, ProviderAdmission.ATTESTATION))).isEmpty();
    }

    @Test
    void listsExactlyTheTwentySevenMemberStatesAndThreeEeaStates() {
        assertThat(ProviderAdmission.EU_AND_EEA).hasSize(30);
    }

    @ParameterizedTest
    @ValueSource(strings = { "US", "CH", "GB", "CN", "EU", "EL", "UK", "XX" })
    void refusesEveryOtherCountry(String country) {
        var refusal = ProviderAdmission.check(provider("https://llm.example.com", country, ProviderAdmission.ATTESTATION));
        assertThat(refusal).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(Outcome.JURISDICTION_REFUSED);
            assertThat(r.message()).contains("k2030.inference.country", "K2030_INFERENCE_COUNTRY", "'" + country + "'",
                    "zugelassen sind nur Mitgliedstaaten der EU und des EWR");
        });
    }

    @Test
    void refusesAProviderWithoutCountry() {
        assertThat(ProviderAdmission.check(provider("https://llm.example.eu", null, ProviderAdmission.ATTESTATION)))
            .hasValueSatisfying(r -> assertThat(r.message()).contains("is not set"));
    }

    @Test
    void doesNotEchoACountrySettingThatIsNoIsoCode() {
        assertThat(ProviderAdmission.check(provider("https://llm.example.eu", "GERMANY-FRANKFURT", ProviderAdmission.ATTESTATION)))
            .hasValueSatisfying(r -> assertThat(r.message()).doesNotContain("FRANKFURT").contains("(no ISO code)"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "yes", "no-training", "NO-TRAINING-NO-RETENTION" })
    void refusesAProviderWithoutTheAttestation(String attestation) {
        assertThat(ProviderAdmission.check(provider("https://llm.example.eu", "DE", attestation.isEmpty() ? null : attestation)))
            .hasValueSatisfying(r -> {
                assertThat(r.reason()).isEqualTo(Outcome.NOT_ATTESTED);
                assertThat(r.message()).contains("k2030.inference.attestation", "no-training-no-retention");
            });
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://llm.example.eu", "http://10.0.0.5:8000", "http://127.0.0.1.example.org",
            "http://localhost.example.org", "http://128.0.0.1", "http://999.0.0.1", "http://[::2]", "http://0127.0.0.1" })
    void refusesPlainHttpToAnyOtherHost(String url) {
        assertThat(ProviderAdmission.check(provider(url, "DE", ProviderAdmission.ATTESTATION)))
            .hasValueSatisfying(r -> {
                assertThat(r.reason()).isEqualTo(Outcome.INSECURE_TRANSPORT);
                assertThat(r.message()).contains("k2030.inference.url", "https");
            });
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:11434", "http://LOCALHOST:8000", "http://127.0.0.1:8000",
            "http://127.12.0.3", "http://[::1]:8000", "http://[0:0:0:0:0:0:0:1]", "https://llm.example.eu" })
    void allowsPlainHttpOnlyToThisMachine(String url) {
        assertThat(ProviderAdmission.check(provider(url, "DE", ProviderAdmission.ATTESTATION))).isEmpty();
    }

    private static Provider provider(String url, String country, String attestation) {
        var base = URI.create(url);
        return new Provider(base.getRawAuthority(), Provider.endpoint(base), "m", null, country, attestation);
    }
}

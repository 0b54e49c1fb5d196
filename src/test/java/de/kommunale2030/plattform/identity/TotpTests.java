package de.kommunale2030.plattform.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

    /** RFC 6238, appendix B, SHA-1 seed; the 6-digit codes are the last six of the 8-digit vectors. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
            "20000000000, 353130" })
    void matchesTheTestVectorsOfRfc6238(long epochSeconds, String expected) {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(epochSeconds)))).isEqualTo(expected);
    }

    @Test
    void acceptsOneStepEitherSideAndNoFurther() {
        var now = Instant.ofEpochSecond(1_700_000_000L);
        var step = Totp.step(now);
        for (long offset = -1; offset <= 1; offset++) {
            assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + offset), now, OptionalLong.empty()))
                .hasValue(step + offset);
        }
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, OptionalLong.empty())).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, OptionalLong.empty())).isEmpty();
    }

    @Test
    void rejectsReplayedTotpCode() {
        var now = Instant.ofEpochSecond(1_700_000_000L);
        var step = Totp.step(now);
        var code = Totp.code(RFC_SECRET, step);
        assertThat(Totp.verify(RFC_SECRET, code, now, OptionalLong.empty())).hasValue(step);
        assertThat(Totp.verify(RFC_SECRET, code, now, OptionalLong.of(step))).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, OptionalLong.of(step)))
            .as("an older code after a newer one")
            .isEmpty();
    }

    @Test
    void rejectsMalformedCodes() {
        var now = Instant.now();
        for (var code : new String[] { null, "", "12345", "1234567", "12a456", " 123456", "１２３４５６" }) {
            assertThat(Totp.verify(RFC_SECRET, code, now, OptionalLong.empty())).as(String.valueOf(code)).isEmpty();
        }
    }

    @Property
    void base32RoundTrips(@ForAll @Size(max = 64) byte[] data) {
        assertThat(Base32.decode(Base32.encode(data))).isEqualTo(data);
    }

    @ParameterizedTest
    @CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
    void base32MatchesRfc4648(String text, String encoded) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
    }
}

package de.kommunale2030.plattform.tenancy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgsTests {

    @Property
    void acceptsEightDigitsWithAGermanLand(@ForAll @IntRange(min = 1, max = 16) int land,
            @ForAll @IntRange(min = 0, max = 999_999) int rest) {
        var value = String.format("%02d%06d", land, rest);
        assertThat(Ags.of(value).value()).isEqualTo(value);
        assertThat(Ags.of(" " + value + "\n").land()).isEqualTo(value.substring(0, 2));
    }

    @Property
    void rejectsLandsOutsideZeroOneToSixteen(@ForAll("invalidLand") int land,
            @ForAll @IntRange(min = 0, max = 999_999) int rest) {
        assertThatThrownBy(() -> Ags.of(String.format("%02d%06d", land, rest))).isInstanceOf(Ags.InvalidAgs.class);
    }

    @Property
    void rejectsAnythingThatIsNotExactlyEightDigits(@ForAll("notEightDigits") String value) {
        assertThatThrownBy(() -> Ags.of(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Integer> invalidLand() {
        return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(17, 99));
    }

    @Provide
    Arbitrary<String> notEightDigits() {
        var wrongLength = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(20).filter(s -> s.length() != 8);
        var withOtherCharacters = Arbitraries.strings().all().ofLength(8).filter(s -> !s.matches("[0-9]{8}"));
        return Arbitraries.oneOf(wrongLength, withOtherCharacters);
    }
}

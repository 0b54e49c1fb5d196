package de.kommunale2030.plattform.crypto;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

import static de.kommunale2030.plattform.crypto.BlindIndex.Field.date;
import static de.kommunale2030.plattform.crypto.BlindIndex.Field.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlindIndexTests {

    private static final byte[] TENANT_KEY = Keys.generate();
    private static final String FAMILY_NAME = "person.family-name";
    private static final String NAME_AND_BIRTH = "person.family-name+birth-date";
    private static final LocalDate BIRTH = LocalDate.of(1961, 8, 4);

    @Test
    void isDeterministicAndThirtyTwoBytes() {
        var first = BlindIndex.compute(TENANT_KEY, NAME_AND_BIRTH, name("Müller"), date(BIRTH));
        assertThat(first).hasSize(32).isEqualTo(BlindIndex.compute(TENANT_KEY, NAME_AND_BIRTH, name("Müller"), date(BIRTH)));
        assertThat(BlindIndex.computeHex(TENANT_KEY, NAME_AND_BIRTH, name("Müller"), date(BIRTH)))
            .isEqualTo(HexFormat.of().formatHex(first)).matches("[0-9a-f]{64}");
    }

    @Test
    void caseSurroundingAndRepeatedWhiteSpaceAndUnicodeCompositionDoNotMatter() {
        assertSameIndex("müller", "  MÜLLER ", "Müller", "MüLLeR", "Mu\u0308ller", "\tmüller\n", "\u00a0Müller\u3000");
        assertSameIndex("von der leyen", "von  der\tLeyen", "Von\u00a0der  Leyen", " VON DER LEYEN ");
        assertSameIndex("groß", "GROẞ", "Groß");
        assertThat(BlindIndex.normaliseName("  Anna-Lena   Müller-Lüdenscheidt ")).isEqualTo("anna-lena müller-lüdenscheidt");
        assertThat(BlindIndex.normaliseName("Mu\u0308ller")).isEqualTo("müller");
        assertThat(BlindIndex.normaliseName("İlkay")).isEqualTo("i\u0307lkay");
    }

    @Test
    void matchingIsExactOtherwise() {
        var pairs = List.of(List.of("Müller", "Mueller"), List.of("Müller", "Muller"), List.of("Straße", "Strasse"),
                List.of("Meyer", "Meier"), List.of("Müller-Lüdenscheidt", "Müller Lüdenscheidt"),
                List.of("Müller-Lüdenscheidt", "MüllerLüdenscheidt"), List.of("von der Leyen", "vonder Leyen"),
                List.of("Lea", "Léa"));
        for (var pair : pairs) {
            assertThat(index(pair.get(0))).as(pair.toString()).isNotEqualTo(index(pair.get(1)));
        }
    }

    @Test
    void datesAreIsoDates() {
        assertThat(date(LocalDate.of(1961, 8, 4)).value()).isEqualTo("1961-08-04");
        assertThat(date(LocalDate.of(1, 1, 1)).value()).isEqualTo("0001-01-01");
        assertThat(date(LocalDate.of(9999, 12, 31)).value()).isEqualTo("9999-12-31");
        assertThat(BlindIndex.compute(TENANT_KEY, NAME_AND_BIRTH, name("Müller"), date(BIRTH)))
            .isNotEqualTo(BlindIndex.compute(TENANT_KEY, NAME_AND_BIRTH, name("Müller"), date(BIRTH.plusDays(1))));
    }

    @Test
    void fieldOrderFieldBoundariesAndFieldSetMatter() {
        assertThat(BlindIndex.compute(TENANT_KEY, "person.names", name("ab"), name("c")))
            .isNotEqualTo(BlindIndex.compute(TENANT_KEY, "person.names", name("a"), name("bc")));
        assertThat(BlindIndex.compute(TENANT_KEY, "person.names", name("anna"), name("berg")))
            .isNotEqualTo(BlindIndex.compute(TENANT_KEY, "person.names", name("berg"), name("anna")));
        assertThat(BlindIndex.compute(TENANT_KEY, "person.family-name", name("berg")))
            .isNotEqualTo(BlindIndex.compute(TENANT_KEY, "person.birth-name", name("berg")));
        assertThat(BlindIndex.compute(TENANT_KEY, "person.names", name("anna berg")))
            .isNotEqualTo(BlindIndex.compute(TENANT_KEY, "person.names", name("anna"), name("berg")));
    }

    @Property
    void differentTenantKeysGiveDifferentIndexes(@ForAll @Size(32) byte[] otherKey, @ForAll("names") String family) {
        assertThat(BlindIndex.compute(otherKey, FAMILY_NAME, name(family)))
            .isNotEqualTo(BlindIndex.compute(TENANT_KEY, FAMILY_NAME, name(family)));
    }

    @Property
    void normalisationIsIdempotentAndIgnoresCaseAndSpacing(@ForAll("names") String family, @ForAll boolean upper,
            @ForAll @Size(max = 3) List<@net.jqwik.api.From("spaces") String> padding) {
        // character by character, as people type: String.toUpperCase would turn ß into SS, another name
        var cased = upper ? family.codePoints().map(Character::toUpperCase)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString() : family;
        var typed = String.join("", padding) + cased + String.join("", padding);
        var normalised = BlindIndex.normaliseName(typed);
        assertThat(BlindIndex.normaliseName(normalised)).isEqualTo(normalised);
        assertThat(index(typed)).isEqualTo(index(family));
    }

    /** The input bytes are the documented canonical encoding; an independent HMAC agrees. */
    @Test
    void theIndexIsHmacSha256OfTheCanonicalEncoding() {
        var key = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        var input = HexFormat.of().parseHex("00000015" + ascii("k2030.crypto.blind.v1") + "0000001d"
                + ascii(NAME_AND_BIRTH) + "00000007" + HexFormat.of().formatHex("müller".getBytes(StandardCharsets.UTF_8))
                + "0000000a" + ascii("1961-08-04"));
        var hmac = new HMac(new SHA256Digest());
        hmac.init(new KeyParameter(key));
        hmac.update(input, 0, input.length);
        var expected = new byte[32];
        hmac.doFinal(expected, 0);
        assertThat(BlindIndex.compute(key, NAME_AND_BIRTH, name(" MÜLLER"), date(BIRTH))).isEqualTo(expected);
    }

    @Test
    void wrongArgumentsGiveClearExceptions() {
        assertThatThrownBy(() -> BlindIndex.compute(null, FAMILY_NAME, name("a"))).hasMessage("tenantKey is missing");
        assertThatThrownBy(() -> BlindIndex.compute(new byte[16], FAMILY_NAME, name("a")))
            .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly 32 bytes");
        for (var fieldSet : new String[] { null, "", "Person", "person name", "1person", "x".repeat(101) }) {
            assertThatThrownBy(() -> BlindIndex.compute(TENANT_KEY, fieldSet, name("a")))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> BlindIndex.compute(TENANT_KEY, FAMILY_NAME)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlindIndex.compute(TENANT_KEY, FAMILY_NAME, (BlindIndex.Field[]) null))
            .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlindIndex.compute(TENANT_KEY, FAMILY_NAME, name("a"), null)).hasMessage("field is missing");
        for (var blank : new String[] { "", " ", "\t\n", "\u00a0" }) {
            assertThatThrownBy(() -> name(blank)).hasMessage("name is blank");
        }
        assertThatThrownBy(() -> name(null)).hasMessage("name is missing");
        assertThatThrownBy(() -> date(null)).hasMessage("date is missing");
        assertThatThrownBy(() -> date(LocalDate.of(10000, 1, 1))).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> date(LocalDate.of(0, 1, 1))).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fieldsDoNotShowTheirValue() {
        assertThat(name("Müller").toString()).doesNotContainIgnoringCase("müller");
    }

    @Provide
    Arbitrary<String> names() {
        var word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzäöüß").ofMinLength(1).ofMaxLength(12);
        return net.jqwik.api.Combinators.combine(word.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(" ", "-"))
            .as((words, separator) -> String.join(separator, words));
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of(" ", "  ", "\t", "\u00a0", "\n");
    }

    private static void assertSameIndex(String expected, String... variants) {
        for (var variant : variants) {
            assertThat(BlindIndex.normaliseName(variant)).as(variant).isEqualTo(expected);
            assertThat(index(variant)).as(variant).isEqualTo(index(expected));
        }
    }

    private static byte[] index(String familyName) {
        return BlindIndex.compute(TENANT_KEY, FAMILY_NAME, name(familyName));
    }

    private static String ascii(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.US_ASCII));
    }
}

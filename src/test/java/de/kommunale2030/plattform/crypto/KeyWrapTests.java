package de.kommunale2030.plattform.crypto;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyWrapTests {

    private static final UUID TENANT = UUID.fromString("6f1c2a34-5b6d-4e7f-8091-a2b3c4d5e6f7");
    private static final KeyLabel SUBJECT = new KeyLabel(KeyKind.SUBJECT_KEY, TENANT, "subject-4711");
    private static final byte[] KEK_V1 = Keys.generate();
    private static final byte[] KEK_V2 = Keys.generate();

    @Property
    void wrapUnwrapRoundTrips(@ForAll @Size(32) byte[] key, @ForAll @Size(32) byte[] wrappingKey,
            @ForAll @IntRange(min = 1) int version, @ForAll("labels") KeyLabel label) {
        var wrapped = KeyWrap.wrap(wrappingKey, version, label, key);
        assertThat(wrapped).hasSize(KeyWrap.WRAPPED_BYTES).hasSize(65);
        assertThat(KeyWrap.wrappingKeyVersionOf(wrapped)).isEqualTo(version);
        assertThat(KeyWrap.unwrap(wrappingKey, label, wrapped)).isEqualTo(key);
    }

    @Property
    void rewrapMovesAKeyToTheNewWrappingKey(@ForAll @Size(32) byte[] key, @ForAll("labels") KeyLabel label) {
        var wrapped = KeyWrap.wrap(KEK_V1, 1, label, key);
        var rewrapped = KeyWrap.rewrap(KEK_V1, KEK_V2, 2, label, wrapped);
        assertThat(KeyWrap.wrappingKeyVersionOf(rewrapped)).isEqualTo(2);
        assertThat(KeyWrap.unwrap(KEK_V2, label, rewrapped)).isEqualTo(key);
        assertThatThrownBy(() -> KeyWrap.unwrap(KEK_V1, label, rewrapped)).isInstanceOf(UndecryptableValue.class);
        assertThat(KeyWrap.unwrap(KEK_V1, label, wrapped)).as("the old wrapped key stays valid until deleted").isEqualTo(key);
    }

    /** Rotation without re-encryption: data encrypted before a rotation decrypts after it. */
    @Property(tries = 200)
    void dataStaysDecryptableAcrossRotation(@ForAll @Size(max = 4096) byte[] plaintext) {
        var cell = new CellAddress(TENANT, "person", "address", "subject-4711");
        var dek = Keys.generate();
        var envelope = FieldCipher.encrypt(dek, 1, cell, plaintext);
        var wrappedUnderV1 = KeyWrap.wrap(KEK_V1, 1, SUBJECT, dek);
        Keys.wipe(dek);

        var wrappedUnderV2 = KeyWrap.rewrap(KEK_V1, KEK_V2, 2, SUBJECT, wrappedUnderV1);
        var unwrapped = KeyWrap.unwrap(KEK_V2, SUBJECT, wrappedUnderV2);
        assertThat(FieldCipher.decrypt(unwrapped, cell, envelope)).isEqualTo(plaintext);
    }

    @Property
    void aWrappedKeyUnwrapsUnderItsOwnLabelOnly(@ForAll("labels") KeyLabel label, @ForAll("labels") KeyLabel other) {
        Assume.that(!label.equals(other));
        var wrapped = KeyWrap.wrap(KEK_V1, 1, label, Keys.generate());
        assertThatThrownBy(() -> KeyWrap.unwrap(KEK_V1, other, wrapped)).isInstanceOf(UndecryptableValue.class);
    }

    @Test
    void kindTenantAndIdEachMatter() {
        var wrapped = KeyWrap.wrap(KEK_V1, 1, SUBJECT, Keys.generate());
        for (var other : List.of(new KeyLabel(KeyKind.TENANT_KEY, TENANT, "subject-4711"),
                new KeyLabel(KeyKind.BLIND_INDEX_KEY, TENANT, "subject-4711"),
                new KeyLabel(KeyKind.SUBJECT_KEY, UUID.randomUUID(), "subject-4711"),
                new KeyLabel(KeyKind.SUBJECT_KEY, TENANT, "subject-4712"))) {
            assertThatThrownBy(() -> KeyWrap.unwrap(KEK_V1, other, wrapped)).isInstanceOf(UndecryptableValue.class);
        }
    }

    @Property
    void anySingleFlippedBitFails(@ForAll @IntRange(min = 0, max = 65 * 8 - 1) int bit) {
        var wrapped = KeyWrap.wrap(KEK_V1, 1, SUBJECT, Keys.generate());
        wrapped[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThatThrownBy(() -> KeyWrap.unwrap(KEK_V1, SUBJECT, wrapped)).isInstanceOf(UndecryptableValue.class);
    }

    @Test
    void anotherWrappingKeyOrAnyOtherLengthFails() {
        var wrapped = KeyWrap.wrap(KEK_V1, 1, SUBJECT, Keys.generate());
        assertThatThrownBy(() -> KeyWrap.unwrap(KEK_V2, SUBJECT, wrapped)).isInstanceOf(UndecryptableValue.class);
        for (int length = 0; length < 80; length++) {
            if (length == 65) {
                continue;
            }
            var resized = Arrays.copyOf(wrapped, length);
            assertThatThrownBy(() -> KeyWrap.unwrap(KEK_V1, SUBJECT, resized)).isInstanceOf(UndecryptableValue.class);
            assertThatThrownBy(() -> KeyWrap.wrappingKeyVersionOf(resized)).isInstanceOf(UndecryptableValue.class);
        }
        var ciphertextOfSameLength = FieldCipher.encrypt(KEK_V1, 1, new CellAddress(TENANT, "t", "c", "r"), new byte[32]);
        assertThatThrownBy(() -> KeyWrap.unwrap(KEK_V1, SUBJECT, ciphertextOfSameLength))
            .as("a field value is not a wrapped key").isInstanceOf(UndecryptableValue.class);
    }

    @Test
    void wrongArgumentsGiveClearExceptions() {
        var wrapped = KeyWrap.wrap(KEK_V1, 1, SUBJECT, Keys.generate());
        for (var bad : new byte[][] { new byte[0], new byte[16], new byte[31], new byte[33] }) {
            assertThatThrownBy(() -> KeyWrap.wrap(bad, 1, SUBJECT, Keys.generate()))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrappingKey");
            assertThatThrownBy(() -> KeyWrap.wrap(KEK_V1, 1, SUBJECT, bad))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly 32 bytes");
            assertThatThrownBy(() -> KeyWrap.unwrap(bad, SUBJECT, wrapped)).isExactlyInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> KeyWrap.rewrap(KEK_V1, bad, 2, SUBJECT, wrapped))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> KeyWrap.wrap(KEK_V1, 0, SUBJECT, Keys.generate())).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyWrap.wrap(KEK_V1, 1, null, Keys.generate())).hasMessage("label is missing");
        assertThatThrownBy(() -> KeyWrap.unwrap(KEK_V1, SUBJECT, null)).hasMessage("wrapped is missing");
        assertThatThrownBy(() -> KeyWrap.wrap(KEK_V1, 1, SUBJECT, null)).hasMessage("key is missing");
        assertThatThrownBy(() -> new KeyLabel(KeyKind.SUBJECT_KEY, TENANT, "Max Mustermann"))
            .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyLabel(null, TENANT, "a")).hasMessage("kind is missing");
        assertThatThrownBy(() -> new KeyLabel(KeyKind.SUBJECT_KEY, null, "a")).hasMessage("tenant is missing");
    }

    @Provide
    Arbitrary<KeyLabel> labels() {
        return Combinators.combine(Arbitraries.of(KeyKind.class),
                Arbitraries.of(TENANT, UUID.fromString("00000000-0000-0000-0000-000000000002")),
                Arbitraries.of("kek-1", "kek-2", "subject-1", "subject-1:", "s"))
            .as(KeyLabel::new);
    }
}

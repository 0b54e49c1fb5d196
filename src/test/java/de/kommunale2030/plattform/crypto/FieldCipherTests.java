package de.kommunale2030.plattform.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
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
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTests {

    private static final byte[] KEY = Keys.generate();
    private static final byte[] OTHER_KEY = Keys.generate();
    private static final UUID TENANT = UUID.fromString("6f1c2a34-5b6d-4e7f-8091-a2b3c4d5e6f7");
    private static final CellAddress CELL = new CellAddress(TENANT, "person", "family_name", "0b7e2c1d-0001");

    @Property(tries = 300)
    void bytesRoundTrip(@ForAll @Size(max = 65536) byte[] plaintext, @ForAll @IntRange(min = 1) int keyVersion) {
        var envelope = FieldCipher.encrypt(KEY, keyVersion, CELL, plaintext);
        assertThat(envelope).hasSize(plaintext.length + 33);
        assertThat(FieldCipher.keyVersionOf(envelope)).isEqualTo(keyVersion);
        assertThat(FieldCipher.decrypt(KEY, CELL, envelope)).isEqualTo(plaintext);
    }

    @Property
    void textRoundTrips(@ForAll("text") String plaintext) {
        var envelope = FieldCipher.encryptText(KEY, 1, CELL, plaintext);
        assertThat(FieldCipher.decryptText(KEY, CELL, envelope)).isEqualTo(plaintext);
    }

    @Property
    void jqwiksOwnStringsRoundTrip(@ForAll String plaintext) {
        Assume.that(isWellFormed(plaintext));
        assertThat(FieldCipher.decryptText(KEY, CELL, FieldCipher.encryptText(KEY, 1, CELL, plaintext)))
            .isEqualTo(plaintext);
    }

    @Test
    void textOutsideTheBasicPlaneAndGermanLettersRoundTrip() {
        for (var text : List.of("", "Müller-Lüdenscheidt", "Straße", "ẞ", "𝔄𝔫𝔫𝔞 😀", "李小龍", "\u0000")) {
            assertThat(FieldCipher.decryptText(KEY, CELL, FieldCipher.encryptText(KEY, 1, CELL, text))).isEqualTo(text);
        }
    }

    @Test
    void textWithAnUnpairedSurrogateIsRefusedInsteadOfStoredAsQuestionMark() {
        for (var text : List.of("a\uD800", "\uDC00b", "\uDC00\uD800")) {
            assertThatThrownBy(() -> FieldCipher.encryptText(KEY, 1, CELL, text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreNotText() {
        var envelope = FieldCipher.encrypt(KEY, 1, CELL, new byte[] { (byte) 0xC3, (byte) 0x28 });
        assertThatThrownBy(() -> FieldCipher.decryptText(KEY, CELL, envelope)).isInstanceOf(UndecryptableValue.class);
    }

    @Property
    void theSamePlaintextEncryptsDifferentlyEachTime(@ForAll @Size(max = 256) byte[] plaintext) {
        var first = FieldCipher.encrypt(KEY, 1, CELL, plaintext);
        var second = FieldCipher.encrypt(KEY, 1, CELL, plaintext);
        assertThat(nonce(first)).isNotEqualTo(nonce(second));
        assertThat(first).isNotEqualTo(second);
    }

    @Property
    void anySingleFlippedBitFails(@ForAll @Size(max = 300) byte[] plaintext, @ForAll @IntRange(min = 0) int position) {
        var envelope = FieldCipher.encrypt(KEY, 3, CELL, plaintext);
        int bit = position % (envelope.length * 8);
        envelope[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThatThrownBy(() -> FieldCipher.decrypt(KEY, CELL, envelope)).isInstanceOf(UndecryptableValue.class);
    }

    @Test
    void everySingleFlippedBitOfOneEnvelopeFails() {
        var envelope = FieldCipher.encryptText(KEY, 1, CELL, "Schmidt");
        for (int bit = 0; bit < envelope.length * 8; bit++) {
            var tampered = envelope.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThatThrownBy(() -> FieldCipher.decrypt(KEY, CELL, tampered)).isInstanceOf(UndecryptableValue.class);
        }
    }

    @Property
    void truncationToAnyShorterLengthFails(@ForAll @Size(max = 300) byte[] plaintext, @ForAll @IntRange(min = 0) int cut) {
        var envelope = FieldCipher.encrypt(KEY, 1, CELL, plaintext);
        var truncated = Arrays.copyOf(envelope, cut % envelope.length);
        assertThatThrownBy(() -> FieldCipher.decrypt(KEY, CELL, truncated)).isInstanceOf(UndecryptableValue.class);
    }

    @Property
    void appendedBytesFail(@ForAll @Size(max = 100) byte[] plaintext, @ForAll @Size(min = 1, max = 20) byte[] extra) {
        var envelope = FieldCipher.encrypt(KEY, 1, CELL, plaintext);
        var extended = Arrays.copyOf(envelope, envelope.length + extra.length);
        System.arraycopy(extra, 0, extended, envelope.length, extra.length);
        assertThatThrownBy(() -> FieldCipher.decrypt(KEY, CELL, extended)).isInstanceOf(UndecryptableValue.class);
    }

    @Property
    void aValueDoesNotDecryptInAnyOtherCell(@ForAll @Size(max = 100) byte[] plaintext, @ForAll("cells") CellAddress home,
            @ForAll("cells") CellAddress elsewhere) {
        Assume.that(!home.equals(elsewhere));
        var envelope = FieldCipher.encrypt(KEY, 1, home, plaintext);
        assertThatThrownBy(() -> FieldCipher.decrypt(KEY, elsewhere, envelope)).isInstanceOf(UndecryptableValue.class);
    }

    @Test
    void aValueCopiedToAnotherRowColumnTableOrTenantDoesNotDecrypt() {
        var envelope = FieldCipher.encryptText(KEY, 1, CELL, "Schmidt");
        for (var elsewhere : List.of(new CellAddress(TENANT, "person", "family_name", "0b7e2c1d-0002"),
                new CellAddress(TENANT, "person", "given_name", "0b7e2c1d-0001"),
                new CellAddress(TENANT, "contact", "family_name", "0b7e2c1d-0001"),
                new CellAddress(UUID.randomUUID(), "person", "family_name", "0b7e2c1d-0001"))) {
            assertThatThrownBy(() -> FieldCipher.decrypt(KEY, elsewhere, envelope)).isInstanceOf(UndecryptableValue.class);
        }
        assertThat(FieldCipher.decryptText(KEY, new CellAddress(TENANT, "person", "family_name", "0b7e2c1d-0001"), envelope))
            .isEqualTo("Schmidt");
    }

    @Property
    void anotherKeyFails(@ForAll @Size(max = 300) byte[] plaintext) {
        var envelope = FieldCipher.encrypt(KEY, 1, CELL, plaintext);
        assertThatThrownBy(() -> FieldCipher.decrypt(OTHER_KEY, CELL, envelope)).isInstanceOf(UndecryptableValue.class);
    }

    /** Each thread reuses one cipher; a failed decryption or another key must not disturb the next use. */
    @Test
    void theThreadsCipherRecoversFromFailuresAndKeyChanges() {
        var envelope = FieldCipher.encryptText(KEY, 1, CELL, "Schmidt");
        var tampered = envelope.clone();
        tampered[20] ^= 1;
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> FieldCipher.decrypt(KEY, CELL, tampered)).isInstanceOf(UndecryptableValue.class);
            assertThatThrownBy(() -> FieldCipher.decrypt(OTHER_KEY, CELL, envelope)).isInstanceOf(UndecryptableValue.class);
            assertThat(FieldCipher.decryptText(KEY, CELL, envelope)).isEqualTo("Schmidt");
            var other = FieldCipher.encryptText(OTHER_KEY, 2, CELL, "Meier");
            assertThat(FieldCipher.decryptText(OTHER_KEY, CELL, other)).isEqualTo("Meier");
        }
    }

    @Test
    void threadsEncryptAndDecryptConcurrently() throws Exception {
        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var tasks = new java.util.ArrayList<java.util.concurrent.Callable<Boolean>>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < 2000; i++) {
                        var key = (i & 1) == 0 ? KEY : OTHER_KEY;
                        var plaintext = ("value " + i).getBytes(StandardCharsets.UTF_8);
                        if (!Arrays.equals(FieldCipher.decrypt(key, CELL, FieldCipher.encrypt(key, 1, CELL, plaintext)), plaintext)) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (var result : executor.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        }
    }

    @Test
    void theKeyVersionInTheHeaderIsAuthenticated() {
        var envelope = FieldCipher.encrypt(KEY, 1, CELL, new byte[] { 1, 2, 3 });
        envelope[4] = 2;
        assertThat(FieldCipher.keyVersionOf(envelope)).isEqualTo(2);
        assertThatThrownBy(() -> FieldCipher.decrypt(KEY, CELL, envelope)).isInstanceOf(UndecryptableValue.class);
    }

    @Property
    void arbitraryBytesAreUndecryptableAndNeverCrashTheReader(@ForAll @Size(max = 200) byte[] garbage) {
        assertThatThrownBy(() -> FieldCipher.decrypt(KEY, CELL, garbage)).isInstanceOf(UndecryptableValue.class);
    }

    @Test
    void malformedEnvelopesGiveClearExceptions() {
        assertThatThrownBy(() -> FieldCipher.decrypt(KEY, CELL, null))
            .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("envelope is missing");
        assertThatThrownBy(() -> FieldCipher.keyVersionOf(null)).isExactlyInstanceOf(IllegalArgumentException.class);
        for (int length = 0; length < 33; length++) {
            var shortEnvelope = new byte[length];
            if (length > 0) {
                shortEnvelope[0] = 1;
            }
            assertThatThrownBy(() -> FieldCipher.decrypt(KEY, CELL, shortEnvelope))
                .isInstanceOf(UndecryptableValue.class).hasMessageContaining("too short");
            assertThatThrownBy(() -> FieldCipher.keyVersionOf(shortEnvelope)).isInstanceOf(UndecryptableValue.class);
        }
        var envelope = FieldCipher.encrypt(KEY, 1, CELL, new byte[0]);
        envelope[0] = 2;
        assertThatThrownBy(() -> FieldCipher.decrypt(KEY, CELL, envelope)).hasMessageContaining("unknown format");
        envelope[0] = 1;
        envelope[1] = envelope[2] = envelope[3] = envelope[4] = 0;
        assertThatThrownBy(() -> FieldCipher.keyVersionOf(envelope)).isInstanceOf(UndecryptableValue.class)
            .hasMessageContaining("key version");
        envelope[1] = (byte) 0x80;
        assertThatThrownBy(() -> FieldCipher.decrypt(KEY, CELL, envelope)).isInstanceOf(UndecryptableValue.class);
    }

    @Test
    void wrongArgumentsGiveClearExceptions() {
        var envelope = FieldCipher.encrypt(KEY, 1, CELL, new byte[] { 1 });
        for (var key : new byte[][] { new byte[0], new byte[16], new byte[31], new byte[33], new byte[64] }) {
            assertThatThrownBy(() -> FieldCipher.encrypt(key, 1, CELL, new byte[1]))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly 32 bytes");
            assertThatThrownBy(() -> FieldCipher.decrypt(key, CELL, envelope))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly 32 bytes");
        }
        assertThatThrownBy(() -> FieldCipher.encrypt(null, 1, CELL, new byte[1])).hasMessage("key is missing");
        assertThatThrownBy(() -> FieldCipher.decrypt(null, CELL, envelope)).hasMessage("key is missing");
        assertThatThrownBy(() -> FieldCipher.encrypt(KEY, 1, null, new byte[1])).hasMessage("cell is missing");
        assertThatThrownBy(() -> FieldCipher.decrypt(KEY, null, envelope)).hasMessage("cell is missing");
        assertThatThrownBy(() -> FieldCipher.encrypt(KEY, 1, CELL, null)).hasMessage("plaintext is missing");
        assertThatThrownBy(() -> FieldCipher.encryptText(KEY, 1, CELL, null)).hasMessage("plaintext is missing");
        assertThatThrownBy(() -> FieldCipher.encrypt(KEY, 0, CELL, new byte[1]))
            .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldCipher.encrypt(KEY, -1, CELL, new byte[1]))
            .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exceptionsNeverCarryThePlaintextOrTheKey() {
        var envelope = FieldCipher.encryptText(KEY, 1, CELL, "Geheimname");
        var thrown = org.assertj.core.api.Assertions.catchThrowable(() -> FieldCipher.decrypt(OTHER_KEY, CELL, envelope));
        assertThat(thrown.getMessage()).doesNotContain("Geheimname")
            .doesNotContainIgnoringCase(HexFormat.of().formatHex(KEY))
            .doesNotContainIgnoringCase(HexFormat.of().formatHex(OTHER_KEY));
        assertThat(thrown.getCause()).isNull();
    }

    /** The envelope is what the class comment says: an independent implementation can read it. */
    @Test
    void anIndependentImplementationDecryptsTheDocumentedLayout() throws Exception {
        var envelope = FieldCipher.encryptText(KEY, 258, CELL, "Änne Straßer");
        assertThat(envelope[0]).isEqualTo((byte) 0x01);
        assertThat(Arrays.copyOfRange(envelope, 1, 5)).containsExactly(0, 0, 1, 2);
        var gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
        gcm.init(false, new AEADParameters(new KeyParameter(KEY), 128, Arrays.copyOfRange(envelope, 5, 17),
                CELL.associatedData(258)));
        var plaintext = new byte[gcm.getOutputSize(envelope.length - 17)];
        int length = gcm.processBytes(envelope, 17, envelope.length - 17, plaintext, 0);
        length += gcm.doFinal(plaintext, length);
        assertThat(new String(plaintext, 0, length, StandardCharsets.UTF_8)).isEqualTo("Änne Straßer");
    }

    /** Stored values depend on these exact bytes. */
    @Test
    void associatedDataIsTheCanonicalEncodingOfDomainCellAndKeyVersion() {
        var cell = new CellAddress(UUID.fromString("00000000-0000-0000-0000-000000000001"), "person", "birth_date", "r-1");
        var expected = "00000014" + ascii("k2030.crypto.cell.v1")
                + "00000024" + ascii("00000000-0000-0000-0000-000000000001")
                + "00000006" + ascii("person")
                + "0000000a" + ascii("birth_date")
                + "00000003" + ascii("r-1")
                + "00000002" + ascii("12");
        assertThat(HexFormat.of().formatHex(cell.associatedData(12))).isEqualTo(expected);
    }

    @Test
    void cellAddressesAcceptIdsOnly() {
        assertThat(new CellAddress(TENANT, "a", "b_2", "A.b:c-d_9")).isNotNull();
        assertThat(new CellAddress(TENANT, "t" + "x".repeat(62), "c", "r".repeat(100))).isNotNull();
        for (var table : new String[] { null, "", "Person", "1person", "per son", "person;drop", "t" + "x".repeat(63) }) {
            assertThatThrownBy(() -> new CellAddress(TENANT, table, "c", "r")).isExactlyInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new CellAddress(TENANT, "t", table, "r")).isExactlyInstanceOf(IllegalArgumentException.class);
        }
        for (var row : new String[] { null, "", " ", "a b", "ä", "a/b", "r".repeat(101), "x\n" }) {
            assertThatThrownBy(() -> new CellAddress(TENANT, "t", "c", row)).isExactlyInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new CellAddress(null, "t", "c", "r")).hasMessage("tenant is missing");
    }

    @Provide
    Arbitrary<String> text() {
        var codePoints = Arbitraries.oneOf(Arbitraries.integers().between(0x20, 0x7e),
                Arbitraries.of((int) 'ä', (int) 'ö', (int) 'ü', (int) 'ß', (int) 'Ä', 0x1E9E, (int) '-', (int) ' '),
                Arbitraries.integers().between(0x10000, 0x10FFFF),
                Arbitraries.integers().between(0, 0x10FFFF).filter(cp -> cp < 0xD800 || cp > 0xDFFF));
        return codePoints.list().ofMaxSize(200)
            .map(list -> new String(list.stream().mapToInt(Integer::intValue).toArray(), 0, list.size()));
    }

    @Provide
    Arbitrary<CellAddress> cells() {
        return Combinators.combine(Arbitraries.of(TENANT, UUID.fromString("00000000-0000-0000-0000-000000000002")),
                Arbitraries.of("person", "persons", "contact"), Arbitraries.of("name", "name_", "birth_date"),
                Arbitraries.of("1", "2", "1.", "a:b", "a:b:"))
            .as(CellAddress::new);
    }

    private static byte[] nonce(byte[] envelope) {
        return Arrays.copyOfRange(envelope, 5, 17);
    }

    private static String ascii(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean isWellFormed(String text) {
        return text.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
    }
}

package de.kommunale2030.plattform.identity;

import java.security.SecureRandom;
import java.util.Base64;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTests {

    private static final SecretBox BOX = new SecretBox(randomKey());

    @Property
    void roundTrips(@ForAll byte[] secret, @ForAll String associatedData) {
        assertThat(BOX.open(BOX.seal(secret, associatedData), associatedData)).isEqualTo(secret);
    }

    @Test
    void aSecretCopiedToAnotherAccountDoesNotOpen() {
        var sealed = BOX.seal(Totp.newSecret(), "identity.account.mfa_secret|tenant-a|account-1");
        assertThatThrownBy(() -> BOX.open(sealed, "identity.account.mfa_secret|tenant-a|account-2"))
            .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BOX.open(sealed, "identity.account.mfa_secret|tenant-b|account-1"))
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anyChangedBitIsDetected() {
        var sealed = BOX.seal(Totp.newSecret(), "ad");
        for (int bit = 0; bit < sealed.length * 8; bit++) {
            var tampered = sealed.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThatThrownBy(() -> BOX.open(tampered, "ad")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theSameSecretSealsDifferentlyEachTime() {
        var secret = Totp.newSecret();
        assertThat(BOX.seal(secret, "ad")).isNotEqualTo(BOX.seal(secret, "ad"));
    }

    @Test
    void recoveryCodesAreTenDistinctSixtyBitCodesAndNormalised() {
        var codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        var hashing = new RecoveryCodes(randomKey());
        assertThat(hashing.hash(codes.getFirst().toLowerCase())).isEqualTo(hashing.hash(codes.getFirst()));
        assertThat(hashing.hash(codes.getFirst().replace("-", ""))).isEqualTo(hashing.hash(codes.getFirst()));
        assertThat(new RecoveryCodes(randomKey()).hash(codes.getFirst())).isNotEqualTo(hashing.hash(codes.getFirst()));
    }

    private static String randomKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}

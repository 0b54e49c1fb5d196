package de.kommunale2030.plattform.crypto;

import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AES-256-GCM test cases 13 to 16 of McGrew and Viega, "The Galois/Counter Mode of Operation
 * (GCM)", the vectors NIST SP 800-38D refers to. They run through the same code that encrypts
 * and decrypts envelopes, with the one difference that the test chooses the nonce.
 */
class KnownAnswerTests {

    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest(name = "test case {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        13 | 0000000000000000000000000000000000000000000000000000000000000000 | 000000000000000000000000 | - | - | - | 530f8afbc74536b9a963b4f1c4cb738b
        14 | 0000000000000000000000000000000000000000000000000000000000000000 | 000000000000000000000000 | 00000000000000000000000000000000 | - | cea7403d4d606b6e074ec5d3baf39d18 | d0d1c8a799996bf0265b98b5d48ab919
        15 | feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308 | cafebabefacedbaddecaf888 | d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255 | - | 522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad | b094dac5d93471bdec1a502270e3cc6c
        16 | feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308 | cafebabefacedbaddecaf888 | d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39 | feedfacedeadbeeffeedfacedeadbeefabaddad2 | 522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662 | 76fc6ece0f4e1768cddf8853bb2d551b
        """)
    void aes256Gcm(int testCase, String key, String nonce, String plaintext, String associatedData, String ciphertext,
            String tag) {
        var p = bytes(plaintext);
        var a = bytes(associatedData);
        var sealed = Envelope.sealWithNonce(HEX.parseHex(key), HEX.parseHex(nonce), a, p);
        assertThat(HEX.formatHex(sealed)).isEqualTo((ciphertext == null ? "" : ciphertext) + tag);

        // decryption through the production path: an envelope around the vector, its AAD for any version
        var envelope = new byte[Envelope.HEADER_BYTES + sealed.length];
        envelope[0] = Envelope.FORMAT;
        envelope[4] = 1;
        System.arraycopy(HEX.parseHex(nonce), 0, envelope, 5, 12);
        System.arraycopy(sealed, 0, envelope, Envelope.HEADER_BYTES, sealed.length);
        assertThat(Envelope.open(Keys.aes(HEX.parseHex(key), "key"), envelope, version -> a)).isEqualTo(p);
    }

    private static byte[] bytes(String hex) {
        return hex == null ? new byte[0] : HEX.parseHex(hex);
    }
}

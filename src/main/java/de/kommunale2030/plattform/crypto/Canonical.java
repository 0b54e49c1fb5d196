package de.kommunale2030.plattform.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The byte encoding of associated data and blind-index input: every field as a 4-byte big-endian
 * length and its UTF-8 bytes, the same encoding as the audit format. Length prefixes make the
 * encoding unambiguous without escaping ("ab" + "c" never equals "a" + "bc"). It is repeated here
 * rather than borrowed from the audit module so this module depends on no other.
 * <p>
 * Stored ciphertexts depend on these bytes: changing the encoding makes them undecryptable.
 */
final class Canonical {

    private Canonical() {
    }

    static byte[] encode(String... fields) {
        var bytes = new ByteArrayOutputStream(128);
        for (var field : fields) {
            var utf8 = field.getBytes(StandardCharsets.UTF_8);
            bytes.write(utf8.length >>> 24);
            bytes.write(utf8.length >>> 16);
            bytes.write(utf8.length >>> 8);
            bytes.write(utf8.length);
            bytes.writeBytes(utf8);
        }
        return bytes.toByteArray();
    }
}

package de.kommunale2030.plattform.crypto;

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

    /**
     * Built in one exactly sized array: this runs for every value encrypted, and a growing
     * ByteArrayOutputStream took a tenth of the time of encrypting a short value.
     */
    static byte[] encode(String... fields) {
        var utf8 = new byte[fields.length][];
        int length = 0;
        for (int i = 0; i < fields.length; i++) {
            utf8[i] = fields[i].getBytes(StandardCharsets.UTF_8);
            length = Math.addExact(length, Math.addExact(Integer.BYTES, utf8[i].length));
        }
        var bytes = new byte[length];
        int offset = 0;
        for (var field : utf8) {
            bytes[offset++] = (byte) (field.length >>> 24);
            bytes[offset++] = (byte) (field.length >>> 16);
            bytes[offset++] = (byte) (field.length >>> 8);
            bytes[offset++] = (byte) field.length;
            System.arraycopy(field, 0, bytes, offset, field.length);
            offset += field.length;
        }
        return bytes;
    }
}

package de.kommunale2030.plattform.audit.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The byte encoding that hashes and signatures cover (docs/audit-format.md): every field as a
 * 4-byte big-endian length and its UTF-8 bytes, an absent field as length 0xFFFFFFFF. Length
 * prefixes make the encoding unambiguous without escaping, so any language can rebuild it.
 */
public final class Canonical {

    /**
     * Jackson 3 mappers are immutable and thread-safe; one serves the whole format. A line with a
     * property twice is refused: a reader taking the first value and the verifier taking the last
     * would otherwise see two different entries in one verified export.
     */
    static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
        .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private Canonical() {
    }

    /** The hash before the first entry of a chain: 32 zero bytes. */
    public static byte[] genesis() {
        return new byte[32];
    }

    /** Hashes are public; constant time costs nothing here and keeps one way of comparing them. */
    public static boolean same(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    public static byte[] encode(String... fields) {
        var bytes = new ByteArrayOutputStream(256);
        for (var field : fields) {
            if (field == null) {
                writeLength(bytes, -1);
                continue;
            }
            var utf8 = field.getBytes(StandardCharsets.UTF_8);
            writeLength(bytes, utf8.length);
            bytes.writeBytes(utf8);
        }
        return bytes.toByteArray();
    }

    /** Times are UTC with exactly six fractional digits: the precision PostgreSQL keeps. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    public static Instant microseconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant parseTime(String text) {
        var parsed = Instant.from(TIME.parse(text));
        if (!time(parsed).equals(text)) {
            throw new IllegalArgumentException("not a canonical time");
        }
        return parsed;
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    public static byte[] unhex(String text) {
        return HEX.parseHex(text);
    }

    public static byte[] sha256(byte[]... parts) {
        var digest = sha256Digest();
        for (var part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void writeLength(ByteArrayOutputStream bytes, int length) {
        bytes.write(length >>> 24);
        bytes.write(length >>> 16);
        bytes.write(length >>> 8);
        bytes.write(length);
    }
}

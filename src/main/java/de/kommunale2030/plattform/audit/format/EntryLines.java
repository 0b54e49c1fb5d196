package de.kommunale2030.plattform.audit.format;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A strict scanner for the entry lines this platform writes: a flat JSON object whose values are
 * strings without escapes, whole numbers or {@code null}. It works on the UTF-8 bytes and feeds
 * them straight into the canonical encoding, because for a string without escapes the bytes
 * between the quotes are exactly its UTF-8 encoding. Anything else (escapes, nesting, another
 * line type, damage) is left to Jackson on the slow path, which decides what the line is.
 */
final class EntryLines {

    /** Property names in canonical order after tenant and seq; then {@code hash}, {@code type}, {@code seq}. */
    private static final byte[][] FIELDS = names("time", "actorType", "actorId", "actorRoles", "action", "resourceType",
            "resourceId", "purpose", "outcome", "requestId", "client", "hash", "type", "seq");
    private static final int VALUES = 11;
    private static final int HASH = 11;
    private static final int TYPE = 12;
    private static final int SEQ = 13;
    /** The order in which ExportWriter writes the properties. */
    private static final int[] WRITTEN_ORDER = { 12, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    /** Fields that must not be null: time, actorType, action, outcome, hash, type. */
    private static final int REQUIRED = 1 | 1 << 1 | 1 << 4 | 1 << 8 | 1 << HASH | 1 << TYPE;
    private static final byte[] DOMAIN = Entry.DOMAIN.getBytes(StandardCharsets.UTF_8);
    private static final byte[] ENTRY = "entry".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);
    /** Value of a hex digit by byte; -1 for any other byte. */
    private static final byte[] HEX = hexDigits();

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Per field: its first (up to) eight name bytes as a little-endian word, and the mask that selects them. */
    private static final long[] NAME_PREFIXES = new long[FIELDS.length];
    private static final long[] NAME_MASKS = new long[FIELDS.length];

    static {
        for (int f = 0; f < FIELDS.length; f++) {
            for (int i = 0; i < Math.min(8, FIELDS[f].length); i++) {
                NAME_PREFIXES[f] |= (FIELDS[f][i] & 0xFFL) << (8 * i);
                NAME_MASKS[f] |= 0xFFL << (8 * i);
            }
        }
    }

    private final byte[] tenant;
    private final int[] starts = new int[FIELDS.length];
    private final int[] ends = new int[FIELDS.length];

    /** One scanner per thread: it reuses its offset arrays. */
    EntryLines(String tenant) {
        this.tenant = tenant.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @return the entry in {@code line[from, to)}, or {@code null} when this scanner does not read it
     */
    Parsed parse(byte[] line, int from, int to) {
        var seen = 0;
        var nonNull = 0;
        long seq = -1;
        var i = skip(line, from, to);
        if (i >= to || line[i] != '{') {
            return null;
        }
        i = skip(line, i + 1, to);
        while (true) {
            if (i >= to || line[i] != '"') {
                return null;
            }
            var nameStart = i + 1;
            var nameEnd = stringEnd(line, nameStart, to);
            if (nameEnd < 0) {
                return null;
            }
            var field = field(line, nameStart, nameEnd, Integer.bitCount(seen));
            if (field < 0 || (seen & 1 << field) != 0) {
                return null;
            }
            seen |= 1 << field;
            i = skip(line, nameEnd + 1, to);
            if (i >= to || line[i] != ':') {
                return null;
            }
            i = skip(line, i + 1, to);
            if (i >= to) {
                return null;
            }
            if (line[i] == '"') {
                var end = stringEnd(line, i + 1, to);
                if (end < 0 || field == SEQ) {
                    return null;
                }
                starts[field] = i + 1;
                ends[field] = end;
                nonNull |= 1 << field;
                i = end + 1;
            }
            else if (field == SEQ) {
                var end = i;
                seq = 0;
                while (end < to && line[end] >= '0' && line[end] <= '9' && end - i < 18) {
                    seq = seq * 10 + (line[end] - '0');
                    end++;
                }
                if (end == i || line[i] == '0') {
                    return null;
                }
                starts[SEQ] = i;
                ends[SEQ] = end;
                i = end;
            }
            else if (matches(line, i, to, NULL)) {
                i += NULL.length;
            }
            else {
                return null;
            }
            i = skip(line, i, to);
            if (i < to && line[i] == ',') {
                i = skip(line, i + 1, to);
                continue;
            }
            if (i < to && line[i] == '}' && skip(line, i + 1, to) == to) {
                break;
            }
            return null;
        }
        if (seen != (1 << FIELDS.length) - 1 || (nonNull & REQUIRED) != REQUIRED || seq < 1
                || !equal(line, starts[TYPE], ends[TYPE], ENTRY) || ends[HASH] - starts[HASH] != 64) {
            return null;
        }
        var stored = unhex(line, starts[HASH]);
        if (stored == null) {
            return null;
        }
        return new Parsed(seq, canonical(line, nonNull), stored);
    }

    /** The sequence number goes in as written: digits without leading zeros are its canonical form. */
    private byte[] canonical(byte[] line, int nonNull) {
        var seqLength = ends[SEQ] - starts[SEQ];
        var length = 4 + DOMAIN.length + 4 + tenant.length + 4 + seqLength;
        for (int f = 0; f < VALUES; f++) {
            length += 4 + ((nonNull & 1 << f) != 0 ? ends[f] - starts[f] : 0);
        }
        var bytes = new byte[length];
        var at = put(bytes, 0, DOMAIN, 0, DOMAIN.length);
        at = put(bytes, at, tenant, 0, tenant.length);
        at = put(bytes, at, line, starts[SEQ], seqLength);
        for (int f = 0; f < VALUES; f++) {
            if ((nonNull & 1 << f) != 0) {
                at = put(bytes, at, line, starts[f], ends[f] - starts[f]);
            }
            else {
                bytes[at++] = (byte) 0xFF;
                bytes[at++] = (byte) 0xFF;
                bytes[at++] = (byte) 0xFF;
                bytes[at++] = (byte) 0xFF;
            }
        }
        return bytes;
    }

    private static int put(byte[] target, int at, byte[] source, int from, int length) {
        target[at] = (byte) (length >>> 24);
        target[at + 1] = (byte) (length >>> 16);
        target[at + 2] = (byte) (length >>> 8);
        target[at + 3] = (byte) length;
        System.arraycopy(source, from, target, at + 4, length);
        return at + 4 + length;
    }

    /**
     * The closing quote of a string without escapes and control characters, or -1. Looks at eight
     * bytes at a time and only scans bytewise where one of them is a quote, a backslash or a control
     * character.
     */
    static int stringEnd(byte[] line, int from, int to) {
        var i = from;
        while (i + 8 <= to) {
            var word = (long) LONGS.get(line, i);
            if ((hasByte(word, '"') | hasByte(word, '\\') | hasByteBelow(word, 0x20)) != 0) {
                break;
            }
            i += 8;
        }
        for (; i < to; i++) {
            var b = line[i];
            if (b == '"') {
                return i;
            }
            if (b == '\\' || (b & 0xE0) == 0) {
                return -1;
            }
        }
        return -1;
    }

    /** The first {@code value} in {@code bytes[from, to)}, eight bytes at a time, or -1. */
    static int indexOf(byte[] bytes, int from, int to, byte value) {
        var i = from;
        while (i + 8 <= to) {
            var found = hasByte((long) LONGS.get(bytes, i), value);
            if (found != 0) {
                return i + Long.numberOfTrailingZeros(found) / 8;
            }
            i += 8;
        }
        for (; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private static long hasByte(long word, int value) {
        var x = word ^ (ONES * value);
        return (x - ONES) & ~x & HIGHS;
    }

    /** Non-zero if a byte is below {@code limit} (at most 128), counting bytes as unsigned. */
    private static long hasByteBelow(long word, int limit) {
        return (word - ONES * limit) & ~word & HIGHS;
    }

    private static int skip(byte[] line, int from, int to) {
        var i = from;
        while (i < to && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) {
            i++;
        }
        return i;
    }

    /** Tries first the property this platform writes at {@code position}, then all of them. */
    private static int field(byte[] line, int from, int to, int position) {
        if (position < WRITTEN_ORDER.length && isName(line, from, to, WRITTEN_ORDER[position])) {
            return WRITTEN_ORDER[position];
        }
        for (int f = 0; f < FIELDS.length; f++) {
            if (equal(line, from, to, FIELDS[f])) {
                return f;
            }
        }
        return -1;
    }

    /**
     * Whether {@code line[from, to)} is the name of field {@code f}: its first eight bytes compared
     * as one word (masked for shorter names), the rest bytewise. The closing quote and what follows
     * it are always in the array, so reading eight bytes is safe where the array is long enough.
     */
    private static boolean isName(byte[] line, int from, int to, int f) {
        var name = FIELDS[f];
        if (to - from != name.length) {
            return false;
        }
        if (from + 8 > line.length) {
            return equal(line, from, to, name);
        }
        if ((((long) LONGS.get(line, from)) & NAME_MASKS[f]) != NAME_PREFIXES[f]) {
            return false;
        }
        for (int i = 8; i < name.length; i++) {
            if (line[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** A plain loop: the names are short, and the library's vectorised comparison costs more to set up. */
    private static boolean equal(byte[] line, int from, int to, byte[] expected) {
        if (to - from != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (line[from + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(byte[] line, int from, int to, byte[] expected) {
        return to - from >= expected.length
                && java.util.Arrays.equals(line, from, from + expected.length, expected, 0, expected.length);
    }

    private static byte[] unhex(byte[] line, int from) {
        var bytes = new byte[32];
        var invalid = 0;
        for (int i = 0; i < 32; i++) {
            int high = HEX[line[from + 2 * i] & 0xFF];
            int low = HEX[line[from + 2 * i + 1] & 0xFF];
            invalid |= high | low;
            bytes[i] = (byte) (high << 4 | low);
        }
        return invalid < 0 ? null : bytes;
    }

    private static byte[] hexDigits() {
        var table = new byte[256];
        java.util.Arrays.fill(table, (byte) -1);
        for (int b = 0; b < 256; b++) {
            var digit = Character.digit(b, 16);
            if (digit >= 0 && b < 128) {
                table[b] = (byte) digit;
            }
        }
        return table;
    }

    private static byte[][] names(String... names) {
        var bytes = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            bytes[i] = names[i].getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }

    /**
     * @param canonical the canonical bytes of the entry
     * @param stored    the hash the line claims
     */
    record Parsed(long seq, byte[] canonical, byte[] stored) {
    }
}

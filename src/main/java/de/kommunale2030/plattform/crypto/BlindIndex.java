package de.kommunale2030.plattform.crypto;

import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Exact-match search over encrypted fields: HMAC-SHA256 under a tenant's blind-index key over the
 * normalised values of a named field set, for example "person.family-name+birth-date". Equal
 * inputs give equal indexes within a tenant; without the key nothing can be learned from an index
 * but equality, and other tenants' keys give unrelated indexes.
 * <p>
 * Equality is what the index reveals: whoever reads the column sees which rows share a value. A
 * field set should therefore combine enough fields to be rare (a family name alone groups a
 * family). Matching is exact after normalisation; "Müller" does not find "Mueller".
 */
public final class BlindIndex {

    /** HMAC-SHA256 output. */
    public static final int INDEX_BYTES = 32;

    private static final String DOMAIN = "k2030.crypto.blind.v1";
    private static final String HMAC = "HmacSHA256";
    private static final Pattern FIELD_SET = Pattern.compile("[a-z][a-z0-9.+_-]{0,99}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final HexFormat HEX = HexFormat.of();

    private BlindIndex() {
    }

    /**
     * @param tenantKey the tenant's 32-byte blind-index key
     * @param fieldSet  names which fields in which order, e.g. "person.family-name+birth-date";
     *                  lower-case letters, digits and {@code . + _ -}, at most 100 characters
     * @param fields    one or more values, normalised by their factory
     * @return 32 bytes
     */
    public static byte[] compute(byte[] tenantKey, String fieldSet, Field... fields) {
        Keys.requireKey(tenantKey, "tenantKey");
        if (fieldSet == null || !FIELD_SET.matcher(fieldSet).matches()) {
            throw new IllegalArgumentException("fieldSet must match " + FIELD_SET);
        }
        if (fields == null || fields.length == 0) {
            throw new IllegalArgumentException("a blind index needs at least one field");
        }
        var input = new String[fields.length + 2];
        input[0] = DOMAIN;
        input[1] = fieldSet;
        for (int i = 0; i < fields.length; i++) {
            input[i + 2] = Arguments.present(fields[i], "field").value;
        }
        try {
            var mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(tenantKey, HMAC));
            return mac.doFinal(Canonical.encode(input));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }

    /** {@link #compute} as 64 lower-case hex digits. */
    public static String computeHex(byte[] tenantKey, String fieldSet, Field... fields) {
        return HEX.formatHex(compute(tenantKey, fieldSet, fields));
    }

    /**
     * Normalisation for exact matching of names as people type them: Unicode NFC (a decomposed
     * "u" + combining diaeresis equals "ü"), white space of any kind trimmed and collapsed to one
     * space, lower case independent of the server's locale. Umlauts, ß and hyphens stay as they
     * are; transcribing them ("ue", "ss") would make different names equal.
     */
    static String normaliseName(String name) {
        var composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        var collapsed = Arrays.stream(WHITE_SPACE.split(composed))
            .filter(word -> !word.isEmpty())
            .collect(Collectors.joining(" "));
        // lower-casing can decompose (İ becomes i + combining dot), so compose again
        return Normalizer.normalize(collapsed.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** One normalised input value. Deliberately without a readable {@code toString}. */
    public static final class Field {

        private final String value;

        private Field(String value) {
            this.value = value;
        }

        /**
         * A name or other text people type, normalised as described at {@link #normaliseName}.
         *
         * @throws IllegalArgumentException if it is missing or blank
         */
        public static Field name(String name) {
            Arguments.present(name, "name");
            var normalised = normaliseName(name);
            if (normalised.isEmpty()) {
                throw new IllegalArgumentException("name is blank");
            }
            return new Field(normalised);
        }

        /**
         * A date as ISO {@code YYYY-MM-DD}.
         *
         * @throws IllegalArgumentException if it is missing or outside the years 1 to 9999
         */
        public static Field date(LocalDate date) {
            Arguments.present(date, "date");
            if (date.getYear() < 1 || date.getYear() > 9999) {
                throw new IllegalArgumentException("date must lie in the years 1 to 9999");
            }
            return new Field(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        }

        String value() {
            return value;
        }
    }
}

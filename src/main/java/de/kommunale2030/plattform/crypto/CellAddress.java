package de.kommunale2030.plattform.crypto;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where an encrypted value belongs: tenant, table, column and row, as ids only. Its
 * {@link #associatedData associated data} binds a ciphertext to this place, so a value copied to
 * another row, column, table or tenant does not decrypt.
 *
 * @param tenant the tenant owning the row
 * @param table  the table name, lower-case SQL identifier
 * @param column the column name, lower-case SQL identifier
 * @param row    the row's id (a UUID or another id), never personal data
 */
public record CellAddress(UUID tenant, String table, String column, String row) {

    private static final String DOMAIN = "k2030.crypto.cell.v1";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public CellAddress {
        Arguments.present(tenant, "tenant");
        if (table == null || !IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("table must match " + IDENTIFIER);
        }
        if (column == null || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("column must match " + IDENTIFIER);
        }
        if (row == null || !ID.matcher(row).matches()) {
            throw new IllegalArgumentException("row must be 1 to 100 characters of " + ID);
        }
    }

    /**
     * The associated data of a value in this cell encrypted under the given key version. Part of
     * the stored format: changing it makes every stored value undecryptable.
     */
    public byte[] associatedData(int keyVersion) {
        return Canonical.encode(DOMAIN, tenant.toString(), table, column, row, Integer.toString(keyVersion));
    }
}

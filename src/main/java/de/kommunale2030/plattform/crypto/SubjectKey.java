package de.kommunale2030.plattform.crypto;

import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * A data subject's unwrapped data-encryption key for the duration of one unit of work, inside the
 * transaction that reads or writes the subject's data. Closing it records how many values were
 * encrypted (against the random-nonce limit, in the same transaction) and wipes the key.
 */
public final class SubjectKey implements AutoCloseable {

    private final UUID tenant;
    private final byte[] key;
    private final LongConsumer countEncryptions;
    private long encryptions;
    private boolean closed;

    SubjectKey(UUID tenant, byte[] key, LongConsumer countEncryptions) {
        this.tenant = tenant;
        this.key = key;
        this.countEncryptions = countEncryptions;
    }

    /**
     * @param cell where the value will be stored: a ciphertext decrypts only there
     * @return the envelope to store
     */
    public byte[] encrypt(CellAddress cell, String plaintext) {
        requireOwnCell(cell);
        encryptions++;
        return FieldCipher.encryptText(key, 1, cell, plaintext);
    }

    /**
     * @throws UndecryptableValue if the envelope was changed, or belongs to another cell, subject or
     *                            tenant
     */
    public String decrypt(CellAddress cell, byte[] envelope) {
        requireOwnCell(cell);
        return FieldCipher.decryptText(key, cell, envelope);
    }

    /** Binary content (a document); otherwise as {@link #encrypt(CellAddress, String)}. */
    public byte[] encryptBytes(CellAddress cell, byte[] plaintext) {
        requireOwnCell(cell);
        encryptions++;
        return FieldCipher.encrypt(key, 1, cell, plaintext);
    }

    /** Binary content; otherwise as {@link #decrypt(CellAddress, byte[])}. */
    public byte[] decryptBytes(CellAddress cell, byte[] envelope) {
        requireOwnCell(cell);
        return FieldCipher.decrypt(key, cell, envelope);
    }

    private void requireOwnCell(CellAddress cell) {
        if (closed) {
            throw new IllegalStateException("The subject key is closed");
        }
        if (!tenant.equals(cell.tenant())) {
            throw new IllegalArgumentException("A subject key encrypts cells of its own tenant only");
        }
    }

    /** Records the encryptions (may throw {@link KeyExhausted}, which rolls the transaction back) and wipes the key. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (encryptions > 0) {
                countEncryptions.accept(encryptions);
            }
        }
        finally {
            Keys.wipe(key);
        }
    }
}

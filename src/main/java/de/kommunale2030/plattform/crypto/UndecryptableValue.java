package de.kommunale2030.plattform.crypto;

import java.io.Serial;

/**
 * A ciphertext or wrapped key that cannot be decrypted: truncated, of an unknown format, altered,
 * encrypted under another key, or belonging to another place (cell, tenant, key). AES-GCM cannot
 * tell these apart, and callers should not either. The message never contains data or key bytes.
 */
public final class UndecryptableValue extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    UndecryptableValue(String reason) {
        super(reason);
    }
}

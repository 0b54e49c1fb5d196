/**
 * Encryption of personal data at rest, field by field, and everything it needs: keys, their
 * hierarchy and rotation, crypto-shredding and blind indexes for exact search. The primitives
 * ({@code FieldCipher}, {@code KeyWrap}, {@code BlindIndex}, {@code MasterKeyProvider}) are plain
 * Java; {@link de.kommunale2030.plattform.crypto.Encryption} is what other modules use: it keeps the
 * wrapped tenant and subject keys in the schema {@code crypto} (ADR 0013), inside the caller's
 * transaction.
 * <p>
 * Key hierarchy:
 * <ol>
 * <li>The <b>master key</b> lives behind a {@link de.kommunale2030.plattform.crypto.MasterKeyProvider}
 * (owner-only files in the data directory today, an HSM or KMS later) and never leaves it: the
 * provider wraps and unwraps, it does not hand out the key.</li>
 * <li>Each tenant has versioned <b>key-encryption keys</b> (KEK) and a blind-index key, stored
 * wrapped by the master key.</li>
 * <li>Each data subject (citizen) has one <b>data-encryption key</b> (DEK), stored wrapped by a
 * KEK of its tenant; it encrypts every field of that person with
 * {@link de.kommunale2030.plattform.crypto.FieldCipher}.</li>
 * </ol>
 * Rotation rewraps keys ({@link de.kommunale2030.plattform.crypto.KeyWrap#rewrap}) instead of
 * re-encrypting data. Destroying a subject's wrapped DEK makes all of that person's fields
 * unreadable wherever copies of them lie (crypto-shredding); destroying a tenant's KEKs does the
 * same for the whole tenant. Copies of a wrapped key in backups and WAL keep the data readable
 * until the tenant key and master key versions that wrapped it are destroyed (ADR 0013).
 * <p>
 * Every ciphertext is bound to where it belongs (tenant, table, column, row, key version) through
 * the associated data of AES-256-GCM, so a value copied elsewhere does not decrypt. Key material
 * and plaintext never appear in logs or exception messages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cryptography",
        allowedDependencies = { "tenancy", "database", "audit", "cli" })
package de.kommunale2030.plattform.crypto;

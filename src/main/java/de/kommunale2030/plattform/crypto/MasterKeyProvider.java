package de.kommunale2030.plattform.crypto;

import java.nio.file.Path;
import java.time.Instant;
import java.util.SortedSet;

/**
 * The root of the key hierarchy. It wraps and unwraps tenant-level keys (key-encryption keys and
 * blind-index keys) and never hands out the master key itself, so that an HSM (PKCS#11) or a KMS
 * (for example the OpenBao Transit engine) can implement it with the key staying inside.
 * <p>
 * Master keys are versioned: new wraps use the current version, every older version stays
 * available for unwrapping until nothing wrapped under it remains.
 */
public interface MasterKeyProvider {

    /** The version {@link #wrap} uses now. */
    int currentVersion();

    /**
     * Wraps a tenant-level key under the current master key version.
     *
     * @param label names the key; its kind must be {@link KeyKind#wrappedByMaster() one the master
     *              key wraps}
     * @param key   32 bytes
     */
    WrappedKey wrap(KeyLabel label, byte[] key);

    /**
     * @param wrapped the bytes of a {@link WrappedKey} this provider made, under any version
     * @return the 32-byte key; the caller {@link Keys#wipe wipes} it when done
     * @throws UndecryptableValue if it is malformed, altered, belongs to another label or its
     *                            master key version is not available
     */
    byte[] unwrap(KeyLabel label, byte[] wrapped);

    /**
     * Wraps a key again under the current version, after a {@link #rotate}. Providers that can
     * rewrap inside the HSM or KMS override this.
     *
     * @throws UndecryptableValue as {@link #unwrap}
     */
    default WrappedKey rewrap(KeyLabel label, byte[] wrapped) {
        var key = unwrap(label, wrapped);
        try {
            return wrap(label, key);
        }
        finally {
            Keys.wipe(key);
        }
    }

    /**
     * Creates a new master key version and makes it current; older versions stay for unwrapping.
     *
     * @return the version that is current afterwards
     */
    int rotate();

    /** The versions that exist now, oldest first. */
    SortedSet<Integer> versions();

    /** When the version was created: backups taken before its successor existed may need it. */
    Instant created(int version);

    /**
     * Destroys an older version for good. Everything still wrapped under it can no longer be
     * unwrapped, including the tenant keys in backups and WAL archives from the time it was
     * current; that is how crypto-shredding reaches them, and why only versions that no backup
     * still to be restored needs may go. Providers backed by an HSM or KMS destroy the key there.
     *
     * @throws IllegalArgumentException for the current version or one that does not exist
     */
    void destroy(int version);

    /**
     * Master keys in files {@code master-key-v<N>} of the given directory (the platform's
     * {@code $K2030_DATA_DIR/secrets/}), 32 random bytes each, owner-only. The first version is
     * created if there is none.
     *
     * @throws IllegalStateException if a key file is accessible to group or others, is no regular
     *                               file or does not hold exactly 32 bytes
     */
    static MasterKeyProvider inDirectory(Path directory) {
        return new FileMasterKeyProvider(directory);
    }
}

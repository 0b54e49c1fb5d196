package de.kommunale2030.plattform.crypto;

/**
 * Wraps 32-byte keys under a 32-byte wrapping key with AES-256-GCM: data-encryption keys under
 * their tenant's key-encryption key, tenant keys under the master key. A wrapped key is an
 * envelope of 65 bytes, {@code [0x01][wrapping-key version][nonce][encrypted key][tag]}, whose
 * associated data names the {@link KeyLabel} and the wrapping-key version.
 * <p>
 * Rotation is {@link #rewrap}: a new version of the wrapping key takes over without touching the
 * data the wrapped keys encrypt. Thread-safe and without state.
 */
public final class KeyWrap {

    /** The length of every wrapped key. */
    public static final int WRAPPED_BYTES = Envelope.OVERHEAD + Keys.KEY_BYTES;

    private static final String DOMAIN = "k2030.crypto.wrap.v1";

    private KeyWrap() {
    }

    /**
     * @param wrappingKey        32 bytes
     * @param wrappingKeyVersion its version, at least 1
     * @param key                the 32-byte key to wrap
     */
    public static byte[] wrap(byte[] wrappingKey, int wrappingKeyVersion, KeyLabel label, byte[] key) {
        var aes = Keys.aes(wrappingKey, "wrappingKey");
        Arguments.positiveVersion(wrappingKeyVersion, "wrappingKeyVersion");
        Arguments.present(label, "label");
        Keys.requireKey(key, "key");
        return Envelope.seal(aes, wrappingKeyVersion, associatedData(label, wrappingKeyVersion), key);
    }

    /**
     * @param wrappingKey the key of the version {@link #wrappingKeyVersionOf} names
     * @return the 32-byte key; the caller {@link Keys#wipe wipes} it when done
     * @throws UndecryptableValue if the wrapped key is malformed, altered, wrapped under another
     *                            key or belongs to another label
     */
    public static byte[] unwrap(byte[] wrappingKey, KeyLabel label, byte[] wrapped) {
        var aes = Keys.aes(wrappingKey, "wrappingKey");
        Arguments.present(label, "label");
        requireWrappedLength(wrapped);
        return Envelope.open(aes, wrapped, version -> associatedData(label, version));
    }

    /**
     * Unwraps with the old wrapping key and wraps again under the new one; the unwrapped key is
     * wiped before this returns.
     *
     * @throws UndecryptableValue as {@link #unwrap}
     */
    public static byte[] rewrap(byte[] oldWrappingKey, byte[] newWrappingKey, int newWrappingKeyVersion, KeyLabel label,
            byte[] wrapped) {
        Keys.requireKey(newWrappingKey, "newWrappingKey");
        Arguments.positiveVersion(newWrappingKeyVersion, "newWrappingKeyVersion");
        var key = unwrap(oldWrappingKey, label, wrapped);
        try {
            return wrap(newWrappingKey, newWrappingKeyVersion, label, key);
        }
        finally {
            Keys.wipe(key);
        }
    }

    /**
     * The version of the key that wrapped this key, read from the header only.
     *
     * @throws UndecryptableValue if it cannot be a wrapped key
     */
    public static int wrappingKeyVersionOf(byte[] wrapped) {
        requireWrappedLength(wrapped);
        return Envelope.keyVersionOf(wrapped);
    }

    private static void requireWrappedLength(byte[] wrapped) {
        Arguments.present(wrapped, "wrapped");
        if (wrapped.length != WRAPPED_BYTES) {
            throw new UndecryptableValue("A wrapped key has exactly " + WRAPPED_BYTES + " bytes");
        }
    }

    private static byte[] associatedData(KeyLabel label, int wrappingKeyVersion) {
        return Canonical.encode(DOMAIN, label.kind().label(), label.tenant().toString(), label.keyId(),
                Integer.toString(wrappingKeyVersion));
    }
}

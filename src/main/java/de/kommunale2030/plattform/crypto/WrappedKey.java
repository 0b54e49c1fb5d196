package de.kommunale2030.plattform.crypto;

import java.util.Arrays;

/**
 * A key wrapped by a {@link MasterKeyProvider}, with the master key version that wrapped it, so
 * callers can store the version beside the bytes and find what still needs rewrapping after a
 * rotation. The bytes are the provider's own format.
 *
 * @param masterKeyVersion at least 1
 * @param bytes            the wrapped key; copied in and out
 */
public record WrappedKey(int masterKeyVersion, byte[] bytes) {

    public WrappedKey {
        Arguments.positiveVersion(masterKeyVersion, "masterKeyVersion");
        bytes = Arguments.present(bytes, "bytes").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrappedKey that && masterKeyVersion == that.masterKeyVersion
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * masterKeyVersion + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "WrappedKey[masterKeyVersion=" + masterKeyVersion + ", " + bytes.length + " bytes]";
    }
}

package de.kommunale2030.plattform.audit.format;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The public half of an audit signing key (Ed25519). Its id is the first 16 hex digits of the
 * SHA-256 of the 32 raw key bytes; the full SHA-256 is the fingerprint people compare.
 */
public record PublicSigningKey(byte[] raw) {

    public PublicSigningKey {
        if (raw.length != Ed25519PublicKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        }
        raw = raw.clone();
    }

    public String fingerprint() {
        return Canonical.hex(Canonical.sha256(raw));
    }

    public String keyId() {
        return fingerprint().substring(0, 16);
    }

    public boolean verifies(byte[] message, byte[] signature) {
        if (signature == null || signature.length != 64) {
            return false;
        }
        var verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(raw, 0));
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicSigningKey key && java.util.Arrays.equals(raw, key.raw);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "PublicSigningKey[" + keyId() + "]";
    }
}

package de.kommunale2030.plattform.audit.format;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The private Ed25519 key that signs checkpoints and exports. It lives in the secret store, never
 * in the database, so a database administrator cannot forge a signature.
 */
public final class SigningKey {

    private final Ed25519PrivateKeyParameters key;
    private final PublicSigningKey publicKey;

    /** @param seed the 32-byte Ed25519 seed (RFC 8032 private key) */
    public SigningKey(byte[] seed) {
        if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 private key has 32 bytes");
        }
        this.key = new Ed25519PrivateKeyParameters(seed, 0);
        this.publicKey = new PublicSigningKey(key.generatePublicKey().getEncoded());
    }

    public PublicSigningKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return publicKey.keyId();
    }

    public byte[] sign(byte[] message) {
        var signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId() + "]";
    }
}

package de.kommunale2030.plattform.audit.format;

import java.time.Instant;
import java.util.UUID;

/**
 * A signed statement that the chain of {@code tenant} had {@code hash} at {@code seq}.
 */
public record Checkpoint(UUID tenant, long seq, byte[] hash, Instant signedAt, String keyId, byte[] signature) {

    static final String DOMAIN = "k2030.audit.checkpoint.v1";

    public Checkpoint {
        hash = hash.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public static byte[] statement(UUID tenant, long seq, byte[] hash, Instant signedAt) {
        return Canonical.encode(DOMAIN, tenant.toString(), Long.toString(seq), Canonical.hex(hash),
                Canonical.time(signedAt));
    }

    public static Checkpoint sign(UUID tenant, long seq, byte[] hash, Instant signedAt, SigningKey key) {
        var at = Canonical.microseconds(signedAt);
        return new Checkpoint(tenant, seq, hash, at, key.keyId(), key.sign(statement(tenant, seq, hash, at)));
    }

    public boolean verifiedBy(PublicSigningKey key) {
        return key.keyId().equals(keyId) && key.verifies(statement(tenant, seq, hash, signedAt), signature);
    }

    /** Same statement and signature; records compare arrays by identity, so this compares contents. */
    public boolean sameAs(Checkpoint other) {
        return tenant.equals(other.tenant) && seq == other.seq && Canonical.same(hash, other.hash)
                && signedAt.equals(other.signedAt) && keyId.equals(other.keyId)
                && Canonical.same(signature, other.signature);
    }
}

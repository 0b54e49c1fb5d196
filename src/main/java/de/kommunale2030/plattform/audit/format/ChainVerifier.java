package de.kommunale2030.plattform.audit.format;

import java.util.UUID;

/**
 * Checks one tenant's chain as it streams past, in sequence order: every entry must follow its
 * predecessor without a gap and carry the hash computed from it; every checkpoint must be signed
 * by a trusted key and match the chain at its sequence number. The first fault is kept with the
 * sequence number where it shows; checking stops there.
 */
public final class ChainVerifier {

    private final UUID tenant;
    private final PublicSigningKey trusted;
    private long seq;
    private byte[] hash;
    private long entries;
    private long checkpoints;
    private long lastCheckpointSeq;
    private boolean anchorUnsigned;
    private Long firstBad;
    private String problem;

    /**
     * @param anchorSeq  the sequence number before the first entry to check (0 for a whole chain)
     * @param anchorHash the hash at {@code anchorSeq} ({@link Canonical#genesis()} for a whole chain)
     */
    public ChainVerifier(UUID tenant, long anchorSeq, byte[] anchorHash, PublicSigningKey trusted) {
        this.tenant = tenant;
        this.trusted = trusted;
        this.seq = anchorSeq;
        this.hash = anchorHash.clone();
        this.lastCheckpointSeq = anchorSeq;
    }

    /**
     * For a chain whose oldest entries were pruned: a signed checkpoint at the anchor must come
     * before the first entry, otherwise the chain's beginning is missing, not pruned.
     */
    public ChainVerifier requireSignedAnchor() {
        anchorUnsigned = seq > 0;
        return this;
    }

    public boolean intact() {
        return firstBad == null;
    }

    /** The entry that follows must have this sequence number. */
    public long nextSeq() {
        return seq + 1;
    }

    public long lastSeq() {
        return seq;
    }

    public byte[] lastHash() {
        return hash.clone();
    }

    public long checkpoints() {
        return checkpoints;
    }

    public long entries() {
        return entries;
    }

    public void entry(Entry entry, byte[] storedHash) {
        if (!intact()) {
            return;
        }
        if (!tenant.equals(entry.tenant())) {
            fail(entry.seq(), "Eintrag " + entry.seq() + " gehört zu einem anderen Mandanten.");
        }
        else if (inOrder(entry.seq())) {
            accept(entry.seq(), entry.chain(hash), storedHash);
        }
    }

    /** An entry given as its canonical bytes (docs/audit-format.md). */
    void entry(long entrySeq, byte[] canonical, byte[] storedHash) {
        if (intact() && inOrder(entrySeq)) {
            accept(entrySeq, Canonical.sha256(hash, canonical), storedHash);
        }
    }

    /**
     * An entry whose link was computed ahead, in parallel, from the hash stored with the entry right
     * before it; that hash is the current one because the entry before was accepted just now.
     */
    void linkedEntry(long entrySeq, byte[] computed, byte[] storedHash) {
        if (intact() && inOrder(entrySeq)) {
            accept(entrySeq, computed, storedHash);
        }
    }

    private boolean inOrder(long entrySeq) {
        if (anchorUnsigned) {
            failUnanchored();
            return false;
        }
        if (entrySeq == seq + 1) {
            return true;
        }
        fail(seq + 1, entrySeq > seq + 1 ? "Eintrag " + (seq + 1) + " fehlt (nach " + seq + " folgt " + entrySeq + ")."
                : "Eintrag " + entrySeq + " steht an falscher Stelle (nach " + seq + ").");
        return false;
    }

    private void accept(long entrySeq, byte[] computed, byte[] storedHash) {
        if (!Canonical.same(computed, storedHash)) {
            fail(entrySeq, "Eintrag " + entrySeq + " wurde verändert: sein Hash passt nicht zur Kette.");
            return;
        }
        seq = entrySeq;
        hash = computed;
        entries++;
    }

    public void checkpoint(Checkpoint checkpoint) {
        checkpoint(checkpoint, checkpoint.verifiedBy(trusted));
    }

    /** A checkpoint whose signature was already checked against the trusted key (in parallel). */
    void checkpoint(Checkpoint checkpoint, boolean signedByTrustedKey) {
        if (!intact()) {
            return;
        }
        if (!tenant.equals(checkpoint.tenant())) {
            fail(checkpoint.seq(), "Checkpoint " + checkpoint.seq() + " gehört zu einem anderen Mandanten.");
        }
        else if (!signedByTrustedKey) {
            fail(checkpoint.seq(), "Die Signatur von Checkpoint " + checkpoint.seq()
                    + " ist ungültig oder stammt nicht vom vertrauenswürdigen Schlüssel.");
        }
        else if (checkpoint.seq() != seq) {
            fail(Math.min(checkpoint.seq(), seq + 1), "Checkpoint " + checkpoint.seq()
                    + " bezeugt einen Eintrag, der an dieser Stelle fehlt (letzter geprüfter Eintrag: " + seq + ").");
        }
        else if (!Canonical.same(checkpoint.hash(), hash)) {
            // the hashes in between were recomputed to fit; the change lies after the last checkpoint that matched
            fail(lastCheckpointSeq + 1, "Die Kette stimmt nicht mit dem signierten Checkpoint " + checkpoint.seq()
                    + " überein: zwischen Eintrag " + (lastCheckpointSeq + 1) + " und " + checkpoint.seq()
                    + " wurde etwas verändert und die Hashes neu berechnet.");
        }
        else {
            checkpoints++;
            lastCheckpointSeq = checkpoint.seq();
            anchorUnsigned = false;
        }
    }

    private void failUnanchored() {
        fail(1, "Die Einträge 1 bis " + seq + " fehlen, und kein signierter Checkpoint bei Eintrag " + seq
                + " verankert den Rest der Kette: der Anfang wurde entfernt.");
    }

    /** A fault found outside the chain itself (an unreadable line, a missing seal). */
    public void fail(long atSeq, String reason) {
        if (intact()) {
            firstBad = atSeq;
            problem = reason;
        }
    }

    public Verification result() {
        if (anchorUnsigned) {
            failUnanchored();
        }
        return new Verification(tenant, intact(), entries, checkpoints, firstBad, problem, trusted.fingerprint());
    }
}

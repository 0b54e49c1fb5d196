package de.kommunale2030.plattform.crypto;

/**
 * What a wrapped key is for. Part of the associated data of every wrapped key, so a key wrapped
 * as one kind never unwraps as another.
 */
public enum KeyKind {

    /** A tenant's versioned key-encryption key; wrapped by the master key. */
    TENANT_KEY("tenant-kek", true),

    /** A tenant's key for blind indexes; wrapped by the master key. */
    BLIND_INDEX_KEY("blind-index", true),

    /** A data subject's data-encryption key; wrapped by a key-encryption key of its tenant. */
    SUBJECT_KEY("subject-dek", false);

    /** Stored in associated data; independent of the constant's Java name, so renaming is safe. */
    private final String label;
    private final boolean wrappedByMaster;

    KeyKind(String label, boolean wrappedByMaster) {
        this.label = label;
        this.wrappedByMaster = wrappedByMaster;
    }

    String label() {
        return label;
    }

    static KeyKind byLabel(String label) {
        for (var kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown key kind " + label);
    }

    /**
     * Whether the master key wraps keys of this kind. A subject key wrapped by the master key
     * directly would survive the destruction of its tenant's key-encryption keys, which is how a
     * whole tenant is crypto-shredded.
     */
    public boolean wrappedByMaster() {
        return wrappedByMaster;
    }
}

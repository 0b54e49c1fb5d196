package de.kommunale2030.plattform.records;

/** A request for personal data that named no purpose, or one that is not a purpose of the Kommune. */
final class PurposeRefused extends RuntimeException {

    private final boolean missing;

    PurposeRefused(boolean missing) {
        super(null, null, false, false);
        this.missing = missing;
    }

    boolean missing() {
        return missing;
    }
}

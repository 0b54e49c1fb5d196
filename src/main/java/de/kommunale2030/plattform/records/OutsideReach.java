package de.kommunale2030.plattform.records;

/** The caller does not belong to the org unit a new case was meant for. */
final class OutsideReach extends RuntimeException {

    OutsideReach() {
        super(null, null, false, false);
    }
}

package de.kommunale2030.plattform.records;

/** No such record in the caller's Kommune: missing, erased, or another tenant's, which look alike. */
final class RecordNotFound extends RuntimeException {

    RecordNotFound() {
        super(null, null, false, false);
    }
}

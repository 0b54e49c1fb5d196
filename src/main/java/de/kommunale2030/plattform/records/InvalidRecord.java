package de.kommunale2030.plattform.records;

/** Input that a record cannot hold; the message is German and names the field, never its value. */
final class InvalidRecord extends RuntimeException {

    InvalidRecord(String message) {
        super(message);
    }
}

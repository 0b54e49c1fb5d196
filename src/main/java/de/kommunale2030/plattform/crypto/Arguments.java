package de.kommunale2030.plattform.crypto;

/** Argument checks that name the argument and fail the same way everywhere in this module. */
final class Arguments {

    private Arguments() {
    }

    /**
     * A missing argument is a programming error, reported as such rather than as a
     * NullPointerException from somewhere inside a cipher.
     */
    static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    static int positiveVersion(int version, String name) {
        if (version < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
        return version;
    }
}

package de.kommunale2030.plattform.records;

/**
 * A result, or the refusal to throw once the transaction that recorded it has committed: thrown
 * inside, it would roll back the very audit entry that records it.
 */
record Checked<T>(T value, RuntimeException refusal) {

    static <T> Checked<T> of(T value) {
        return new Checked<>(value, null);
    }

    static <T> Checked<T> refused(RuntimeException refusal) {
        return new Checked<>(null, refusal);
    }

    /** The value transformed, or the same refusal. */
    <U> Checked<U> map(java.util.function.Function<? super T, ? extends U> mapper) {
        return refusal != null ? refused(refusal) : of(mapper.apply(value));
    }

    T get() {
        if (refusal != null) {
            throw refusal;
        }
        return value;
    }
}

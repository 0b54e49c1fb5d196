package de.kommunale2030.plattform.anonymization;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The placeholders of one document and the original strings behind them. It exists only in memory
 * and is the only way back from a pseudonymised text: it is never logged, and {@link #toString()}
 * names the placeholders only.
 */
public final class Mapping {

    private final Map<String, String> originals;

    Mapping(Map<String, String> originals) {
        this.originals = Collections.unmodifiableMap(new LinkedHashMap<>(originals));
    }

    /** The placeholders in the order they were first given, e.g. {@code [PERSON_1]}. */
    public Set<String> placeholders() {
        return originals.keySet();
    }

    /** The original string behind a placeholder of this mapping. */
    public Optional<String> original(String placeholder) {
        return Optional.ofNullable(originals.get(placeholder));
    }

    public int size() {
        return originals.size();
    }

    @Override
    public String toString() {
        return "Mapping" + originals.keySet();
    }
}

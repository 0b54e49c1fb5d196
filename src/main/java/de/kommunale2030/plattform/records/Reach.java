package de.kommunale2030.plattform.records;

import java.util.Set;
import java.util.UUID;

/**
 * Need-to-know: the org units whose cases a caller may see, or all of them for whoever holds
 * {@code case:read-all-units} (the data protection officer). A case outside the reach answers
 * like a missing one.
 */
record Reach(boolean allUnits, Set<UUID> units) {

    Reach {
        units = Set.copyOf(units);
    }

    boolean covers(UUID unit) {
        return allUnits || units.contains(unit);
    }
}

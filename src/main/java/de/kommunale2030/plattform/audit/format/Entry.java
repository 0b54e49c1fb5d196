package de.kommunale2030.plattform.audit.format;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One audit entry as the chain covers it. Every field is an id, a key or a code; none holds a
 * name or a payload.
 *
 * @param actorType  USER, TOKEN, SYSTEM, CLI or ANONYMOUS
 * @param actorId    the account or token id, absent for SYSTEM, CLI and ANONYMOUS
 * @param actorRoles role keys of a person or scopes of a token, comma-separated and sorted
 * @param client     keyed hash of the client address (docs/audit-format.md), never the address
 */
public record Entry(UUID tenant, long seq, Instant time, String actorType, UUID actorId, String actorRoles,
        String action, String resourceType, String resourceId, String purpose, String outcome, String requestId,
        String client) {

    static final String DOMAIN = "k2030.audit.entry.v1";

    public Entry {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actorType, "actorType");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (seq < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
        if (!Canonical.microseconds(time).equals(time)) {
            throw new IllegalArgumentException("entry times have microsecond precision");
        }
    }

    public byte[] canonical() {
        return Canonical.encode(DOMAIN, tenant.toString(), Long.toString(seq), Canonical.time(time), actorType,
                actorId == null ? null : actorId.toString(), actorRoles, action, resourceType, resourceId, purpose,
                outcome, requestId, client);
    }

    /** {@code SHA-256(previous ‖ canonical bytes)}: the link of this entry in its tenant's chain. */
    public byte[] chain(byte[] previous) {
        if (previous.length != 32) {
            throw new IllegalArgumentException("a chain hash has 32 bytes");
        }
        return Canonical.sha256(previous, canonical());
    }
}

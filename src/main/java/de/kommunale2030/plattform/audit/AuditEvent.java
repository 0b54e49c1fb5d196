package de.kommunale2030.plattform.audit;

import java.util.Objects;
import java.util.regex.Pattern;

import de.kommunale2030.plattform.tenancy.TenantId;

/**
 * One thing to record. The patterns admit keys and ids only, so a name or a payload cannot slip
 * into the log by mistake.
 *
 * @param action       what happened, e.g. {@code identity.sign-in} or {@code records.person.read}
 * @param resourceType the kind of thing acted on, e.g. {@code account}; absent when there is none
 * @param resourceId   its id; absent when there is none
 * @param purpose      the processing purpose the action named, absent when it named none
 */
public record AuditEvent(TenantId tenant, Actor actor, String action, String resourceType, String resourceId,
        String purpose, Outcome outcome) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*){0,5}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    public AuditEvent {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(outcome, "outcome");
        require(action, KEY, "action", false);
        require(resourceType, KEY, "resource type", true);
        require(resourceId, ID, "resource id", true);
        require(purpose, KEY, "purpose", true);
        if ((resourceType == null) != (resourceId == null)) {
            throw new IllegalArgumentException("a resource needs both a type and an id");
        }
    }

    /** Whether {@code value} may stand as a resource id. */
    static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    public static AuditEvent of(TenantId tenant, Actor actor, String action, Outcome outcome) {
        return new AuditEvent(tenant, actor, action, null, null, null, outcome);
    }

    public AuditEvent on(String type, Object id) {
        return new AuditEvent(tenant, actor, action, type, String.valueOf(id), purpose, outcome);
    }

    public AuditEvent forPurpose(String key) {
        return new AuditEvent(tenant, actor, action, resourceType, resourceId, key, outcome);
    }

    private static void require(String value, Pattern pattern, String what, boolean optional) {
        if (value == null ? !optional : value.length() > 100 || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("The audit " + what + " must be a key or an id");
        }
    }
}

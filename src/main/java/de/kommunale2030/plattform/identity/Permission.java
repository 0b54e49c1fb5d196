package de.kommunale2030.plattform.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * A named right, checked on every endpoint and page. The key is the authority string.
 */
public enum Permission {

    CASE_READ("case:read"),
    CASE_WRITE("case:write"),
    /** Cases of every org unit, not only of one's own units. */
    CASE_READ_ALL_UNITS("case:read-all-units"),
    PERSON_READ("person:read"),
    PERSON_WRITE("person:write"),
    DOCUMENT_READ("document:read"),
    DOCUMENT_WRITE("document:write"),
    KLARTEXT_USE("klartext:use"),
    PRIVACY_MANAGE("privacy:manage"),
    AUDIT_READ("audit:read"),
    AUDIT_EXPORT("audit:export"),
    SECURITY_READ("security:read"),
    USER_MANAGE("user:manage"),
    TOKEN_MANAGE("token:manage"),
    SETTINGS_MANAGE("settings:manage"),
    TENANT_MANAGE("tenant:manage");

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Permission> byKey(String key) {
        return Arrays.stream(values()).filter(permission -> permission.key.equals(key)).findFirst();
    }
}

package de.kommunale2030.plattform.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static de.kommunale2030.plattform.identity.Permission.AUDIT_EXPORT;
import static de.kommunale2030.plattform.identity.Permission.AUDIT_READ;
import static de.kommunale2030.plattform.identity.Permission.CASE_READ;
import static de.kommunale2030.plattform.identity.Permission.CASE_READ_ALL_UNITS;
import static de.kommunale2030.plattform.identity.Permission.CASE_WRITE;
import static de.kommunale2030.plattform.identity.Permission.DOCUMENT_READ;
import static de.kommunale2030.plattform.identity.Permission.DOCUMENT_WRITE;
import static de.kommunale2030.plattform.identity.Permission.KLARTEXT_USE;
import static de.kommunale2030.plattform.identity.Permission.PERSON_READ;
import static de.kommunale2030.plattform.identity.Permission.PERSON_WRITE;
import static de.kommunale2030.plattform.identity.Permission.PRIVACY_MANAGE;
import static de.kommunale2030.plattform.identity.Permission.SECURITY_READ;
import static de.kommunale2030.plattform.identity.Permission.SETTINGS_MANAGE;
import static de.kommunale2030.plattform.identity.Permission.TENANT_MANAGE;
import static de.kommunale2030.plattform.identity.Permission.TOKEN_MANAGE;
import static de.kommunale2030.plattform.identity.Permission.USER_MANAGE;

/**
 * Roles and the permissions they grant. Separation of duties: the tenant administrator manages
 * accounts and settings but reads no citizen data; auditors read audit and security data only.
 */
public enum Role {

    SACHBEARBEITUNG("Sachbearbeitung", CASE_READ, CASE_WRITE, PERSON_READ, PERSON_WRITE, DOCUMENT_READ, DOCUMENT_WRITE,
            KLARTEXT_USE),
    FACHBEREICHSLEITUNG("Fachbereichsleitung", CASE_READ, CASE_WRITE, PERSON_READ, PERSON_WRITE, DOCUMENT_READ,
            DOCUMENT_WRITE, KLARTEXT_USE),
    MANDANTEN_ADMIN("Mandanten-Admin", USER_MANAGE, TOKEN_MANAGE, SETTINGS_MANAGE),
    DATENSCHUTZ("Datenschutzbeauftragte:r", PRIVACY_MANAGE, PERSON_READ, CASE_READ, CASE_READ_ALL_UNITS, AUDIT_READ,
            AUDIT_EXPORT),
    AUDIT("Auditor:in", AUDIT_READ, AUDIT_EXPORT, SECURITY_READ),
    /** The platform operator; lives outside any tenant and is not assignable to tenant accounts. */
    PLATTFORM_BETRIEB("Plattform-Betrieb", TENANT_MANAGE);

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Permission... permissions) {
        this.label = label;
        this.permissions = Collections.unmodifiableSet(EnumSet.of(permissions[0], permissions));
    }

    public String label() {
        return label;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean assignableToTenantAccounts() {
        return this != PLATTFORM_BETRIEB;
    }
}

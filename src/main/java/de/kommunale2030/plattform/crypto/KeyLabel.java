package de.kommunale2030.plattform.crypto;

import java.util.UUID;

/**
 * Which key a wrapped key is: its kind, its tenant and an id the caller chooses (for example the
 * data subject's id, or "kek-3" for version 3 of a tenant key). Bound into the associated data of
 * the wrapped key, so a wrapped key copied to another subject, tenant or kind does not unwrap.
 *
 * @param kind   what the key is for
 * @param tenant the tenant it belongs to
 * @param keyId  1 to 100 characters of {@code [A-Za-z0-9._:-]}; ids only, never personal data
 */
public record KeyLabel(KeyKind kind, UUID tenant, String keyId) {

    public KeyLabel {
        Arguments.present(kind, "kind");
        Arguments.present(tenant, "tenant");
        if (keyId == null || !CellAddress.ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("keyId must be 1 to 100 characters of " + CellAddress.ID);
        }
    }
}

package de.kommunale2030.plattform.identity;

import de.kommunale2030.plattform.tenancy.TenantId;

/**
 * An authentication that acts for one tenant: a person's sign-in or a machine client's token.
 */
interface TenantBound {

    TenantId tenant();

    /** The account of a person, or the id of a token: who acted, for events and the audit log. */
    java.util.UUID actor();
}

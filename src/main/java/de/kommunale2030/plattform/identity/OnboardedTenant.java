package de.kommunale2030.plattform.identity;

import de.kommunale2030.plattform.tenancy.Tenant;

/**
 * A tenant just created with its first administrator. The initial password exists only in this
 * object: it is stored as a hash and must be changed at the first sign-in.
 */
public record OnboardedTenant(Tenant tenant, Username admin, String initialPassword) {

    @Override
    public String toString() {
        return "OnboardedTenant[tenant=" + tenant.id() + ", admin=" + admin + "]";
    }
}

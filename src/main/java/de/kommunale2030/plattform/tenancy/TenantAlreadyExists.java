package de.kommunale2030.plattform.tenancy;

/**
 * A tenant with this AGS is registered already; the AGS identifies exactly one Kommune.
 */
public final class TenantAlreadyExists extends RuntimeException {

    private final Ags ags;

    TenantAlreadyExists(Ags ags) {
        super("Ein Mandant mit dem AGS " + ags + " existiert bereits");
        this.ags = ags;
    }

    public Ags ags() {
        return ags;
    }
}

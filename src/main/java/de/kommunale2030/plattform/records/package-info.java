/**
 * Data subjects (Personen) and, later, cases (Vorgänge) and documents: personal data stored only
 * encrypted under the subject's own key ({@code crypto}), every access naming a purpose
 * ({@code privacy}) and recorded ({@code audit}). Another tenant's record answers exactly like a
 * missing one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records",
        allowedDependencies = { "tenancy", "database", "crypto", "audit", "identity", "protection", "privacy" })
package de.kommunale2030.plattform.records;

/**
 * Purpose binding and, later, the record of processing activities, consents, access and erasure
 * requests. Today: the processing purposes every access to personal data must name
 * ({@link de.kommunale2030.plattform.privacy.Purposes}) and {@code GET /api/v1/purposes}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy",
        allowedDependencies = { "database", "protection", "identity" })
package de.kommunale2030.plattform.privacy;

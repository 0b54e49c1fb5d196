/**
 * Secrets the platform generates for itself on first start (database role passwords, the TLS
 * keystore password) and keeps in owner-only files of the data directory.
 * <p>
 * Values never appear in logs or exception messages; only the secret's name does.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Secrets")
package de.kommunale2030.plattform.secrets;

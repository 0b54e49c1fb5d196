/**
 * The command line of the anonymiser: {@code ./k2030 anonymize} for files and JSON Lines, and
 * {@code ./k2030 anonymize evaluate} for measuring it on an annotated corpus. Standalone commands:
 * no application context, no database, no server.
 */
package de.kommunale2030.plattform.anonymization.cli;

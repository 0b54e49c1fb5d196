/**
 * Anonymisation of German administrative text: finds personal data
 * ({@link de.kommunale2030.plattform.anonymization.Anonymizer#analyse}), replaces it by typed
 * placeholders that are consistent within one document
 * ({@link de.kommunale2030.plattform.anonymization.Anonymizer#pseudonymise}) and puts the original
 * strings back into any text that carries those placeholders
 * ({@link de.kommunale2030.plattform.anonymization.Anonymizer#reidentify}).
 * <p>
 * A plain Java library without Spring (an ArchUnit rule keeps it so): the platform wraps it, and the
 * command line runs it without a context. Recognisers are rules, not a statistical model: validated
 * patterns, context words, the structure of a German letter, a first-name gazetteer and propagation
 * of every name found to its other forms in the same document (docs/anonymization.md, ADR 0015).
 * Personal values never appear in logs, exception messages or {@code toString()} of the mapping.
 */
package de.kommunale2030.plattform.anonymization;

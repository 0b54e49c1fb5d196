package de.kommunale2030.plattform.privacy;

/**
 * A processing purpose (Art. 5(1)(b) DSGVO).
 *
 * @param key        what requests name in {@code X-Purpose} and what audit entries carry
 * @param legalBasis the legal basis of the processing, in German
 */
public record Purpose(String key, String name, String legalBasis) {
}

package de.kommunale2030.plattform.anonymization;

/**
 * What kind of personal data a span is. The placeholder label is German because the pseudonymised
 * text goes to a language model that answers in German, and a German label reads naturally there.
 */
public enum EntityType {

    PERSON("PERSON"),
    ADDRESS("ADRESSE"),
    BIRTHDATE("GEBURTSDATUM"),
    IBAN("IBAN"),
    BIC("BIC"),
    TAX_ID("STEUER_ID"),
    TAX_NUMBER("STEUERNUMMER"),
    CASE_NUMBER("AKTENZEICHEN"),
    PHONE("TELEFON"),
    EMAIL("EMAIL"),
    LICENSE_PLATE("KENNZEICHEN"),
    ID_NUMBER("AUSWEISNUMMER"),
    SOCIAL_SECURITY("SOZIALVERSICHERUNGSNUMMER"),
    PROPERTY_ID("FLURSTUECK"),
    /** Other identifying details: dates of death, places of birth, grave locations, chip numbers. */
    OTHER("ANGABE");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The word inside a placeholder, e.g. {@code ADRESSE} in {@code [ADRESSE_2]}. */
    public String label() {
        return label;
    }
}

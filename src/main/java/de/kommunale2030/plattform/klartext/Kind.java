package de.kommunale2030.plattform.klartext;

/**
 * The kind of a notice as far as the explanation differs by it. {@link #SONSTIGER} is the graceful
 * fallback: the explanation then uses only what every Bescheid has.
 */
public enum Kind {
    GRUNDSTEUER("Grundsteuerbescheid"),
    ABFALLGEBUEHREN("Bescheid über Abfallgebühren"),
    STRASSENREINIGUNG("Bescheid über Straßenreinigungsgebühren"),
    HUNDESTEUER("Hundesteuerbescheid"),
    ZWEITWOHNUNGSTEUER("Zweitwohnungsteuerbescheid"),
    GEWERBESTEUER("Gewerbesteuerbescheid"),
    BUSSGELD("Bußgeldbescheid"),
    VERWARNUNG("Verwarnung oder Anhörung"),
    KITA("Bescheid über Elternbeiträge"),
    WOHNGELD("Wohngeldbescheid"),
    BAUGENEHMIGUNG("Baugenehmigung oder Baugebühren"),
    MAHNUNG("Mahnung"),
    SONSTIGER("Bescheid");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** How the explanation names the kind to the citizen. */
    public String label() {
        return label;
    }
}

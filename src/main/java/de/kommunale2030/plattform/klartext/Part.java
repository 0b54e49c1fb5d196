package de.kommunale2030.plattform.klartext;

/** The parts of a Bescheid in the order they usually appear (domain facts, "Anatomy of a Bescheid"). */
public enum Part {
    BRIEFKOPF("Briefkopf"),
    ADRESSFELD("Adressfeld"),
    BEZUGSZEICHEN("Bezugszeichen und Datum"),
    BETREFF("Betreff"),
    ANREDE("Anrede"),
    TENOR("Entscheidung"),
    BERECHNUNG("Berechnung"),
    FAELLIGKEITEN("Fälligkeiten"),
    ZAHLUNGSHINWEISE("Zahlungshinweise"),
    BEGRUENDUNG("Begründung"),
    RECHTSBEHELFSBELEHRUNG("Rechtsbehelfsbelehrung"),
    HINWEISE("Hinweise"),
    GRUSS("Grußformel");

    private final String label;

    Part(String label) {
        this.label = label;
    }

    /** The German name a clerk knows the part by. */
    public String label() {
        return label;
    }
}

package de.kommunale2030.plattform.audit;

/** How an audited action ended. */
public enum Outcome {
    /** Permitted and carried out. */
    ALLOWED,
    /** Refused: missing permission, purpose or second factor, wrong credentials. */
    DENIED,
    /** Permitted but not carried out because of an error. */
    FAILED
}

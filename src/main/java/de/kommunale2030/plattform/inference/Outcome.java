package de.kommunale2030.plattform.inference;

/** How a call ended; every value but {@link #COMPLETED} is the reason of a {@link LanguageModelFailure}. */
public enum Outcome {

    COMPLETED,
    /** No provider is configured: the caller uses its built-in engine. */
    NOT_CONFIGURED,
    /** The provider's country is not a member state of the EU or the EEA. */
    JURISDICTION_REFUSED,
    /** The operator has not attested that the provider neither trains on nor retains the data. */
    NOT_ATTESTED,
    /** Plain http to a host that is not this machine. */
    INSECURE_TRANSPORT,
    /** The anonymiser still finds personal data in the payload; nothing was sent. */
    EGRESS_BLOCKED,
    /** The provider failed too often in a row; nothing was sent until its cool-down ends. */
    CIRCUIT_OPEN,
    TIMEOUT,
    /** An error status, a refused connection or another I/O failure. */
    PROVIDER_ERROR,
    /** The answer is not a chat completion with text, or larger than the configured bound. */
    MALFORMED_ANSWER
}

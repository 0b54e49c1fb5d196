package de.kommunale2030.plattform.crypto;

import java.util.UUID;

/** The data subject's key was destroyed: their encrypted data is gone for good. */
public final class SubjectShredded extends RuntimeException {

    private final UUID subject;

    SubjectShredded(UUID subject) {
        super("The data key of subject " + subject + " was destroyed");
        this.subject = subject;
    }

    public UUID subject() {
        return subject;
    }
}

package de.kommunale2030.plattform.audit;

/**
 * The audit entry could not be written, so the action it records must not happen (fail-closed).
 * The message names no data; the cause stays in the stack for operators.
 */
public class AuditUnavailable extends RuntimeException {

    AuditUnavailable(Throwable cause) {
        super("The audit log could not record the action, so the action was refused", cause);
    }
}

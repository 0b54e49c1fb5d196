package de.kommunale2030.plattform.records;

import de.kommunale2030.plattform.crypto.UndecryptableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems of the records API as RFC 9457 documents with German titles; no value is ever echoed. */
@RestControllerAdvice(assignableTypes = { PersonsApi.class, CasesApi.class, DocumentsApi.class })
class RecordsProblems {

    private static final Logger log = LoggerFactory.getLogger(RecordsProblems.class);

    /** What the API and the pages both say; the pages word the rest for a browser. */
    static final String PURPOSE_NOT_ALLOWED = "Für diesen Zweck dürfen diese Daten nicht verarbeitet werden. Der Versuch wurde protokolliert.";
    static final String OUTSIDE_REACH = "Vorgänge dürfen nur in der eigenen Organisationseinheit angelegt werden.";
    private static final String DAMAGED = "Der Datensatz kann nicht entschlüsselt werden: er wurde in der Datenbank verändert oder verschoben.";

    @ExceptionHandler
    ProblemDetail invalid(InvalidRecord invalid) {
        return problem(HttpStatus.BAD_REQUEST, "Ungültige Angaben", invalid.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        return problem(HttpStatus.BAD_REQUEST, "Ungültige Angaben", "Der Inhalt der Anfrage ist kein gültiges JSON.");
    }

    @ExceptionHandler
    ProblemDetail notFound(RecordNotFound notFound) {
        return problem(HttpStatus.NOT_FOUND, "Nicht gefunden", "Diesen Datensatz gibt es nicht.");
    }

    @ExceptionHandler
    ProblemDetail purpose(PurposeRefused refused) {
        return refused.missing()
                ? problem(HttpStatus.BAD_REQUEST, "Zweck fehlt",
                        "Jeder Zugriff auf personenbezogene Daten nennt seinen Zweck im Header " + RecordsAccess.PURPOSE_HEADER
                                + " (GET /api/v1/purposes).")
                : problem(HttpStatus.FORBIDDEN, "Zweck nicht zulässig", PURPOSE_NOT_ALLOWED);
    }

    /**
     * A stored value that does not decrypt where it is: changed, or copied from another row or
     * tenant. Nothing is shown; operators learn the ids from the log.
     */
    @ExceptionHandler
    ProblemDetail undecryptable(UndecryptableValue undecryptable) {
        return problem(HttpStatus.CONFLICT, "Datensatz beschädigt", damaged());
    }

    /** Logs a damaged record for the operators, without ids or values, and says so to the caller. */
    static String damaged() {
        log.error("A stored record value does not decrypt in its cell: changed or moved in the database");
        return DAMAGED;
    }

    @ExceptionHandler
    ProblemDetail outsideReach(OutsideReach outside) {
        return problem(HttpStatus.FORBIDDEN, "Keine Zuständigkeit", OUTSIDE_REACH);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}

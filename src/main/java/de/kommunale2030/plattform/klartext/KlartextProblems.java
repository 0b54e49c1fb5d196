package de.kommunale2030.plattform.klartext;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems of the Klartext API as RFC 9457 documents with German titles; no content is echoed. */
@RestControllerAdvice(assignableTypes = { KlartextApi.class, PreferencesApi.class })
class KlartextProblems {

    @ExceptionHandler
    ProblemDetail unreadable(UnreadableNotice unreadable) {
        return problem(status(unreadable), "Bescheid nicht lesbar", unreadable.germanMessage());
    }

    /** The same status for the API and the page. */
    static HttpStatus status(UnreadableNotice unreadable) {
        return switch (unreadable.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case NOT_TEXT_OR_PDF -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    @ExceptionHandler
    ProblemDetail invalid(Preferences.InvalidPreferences invalid) {
        return problem(HttpStatus.BAD_REQUEST, "Ungültige Angaben", invalid.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notJson(HttpMessageNotReadableException unreadable) {
        return problem(HttpStatus.BAD_REQUEST, "Ungültige Angaben", "Der Inhalt der Anfrage ist kein gültiges JSON.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}

package de.kommunale2030.plattform.records;

import java.util.Map;

import de.kommunale2030.plattform.crypto.UndecryptableValue;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The records pages' problems as German pages with the status the API would answer; like the API,
 * a record outside the reach reads exactly like a missing one, and no value is ever echoed.
 */
@ControllerAdvice(assignableTypes = { PersonPages.class, CasePages.class })
class RecordsPageProblems {

    @ExceptionHandler
    ModelAndView notFound(RecordNotFound notFound) {
        return page(HttpStatus.NOT_FOUND, "Diesen Datensatz gibt es nicht, oder er gehört nicht zu Ihren Organisationseinheiten.");
    }

    @ExceptionHandler
    ModelAndView purpose(PurposeRefused refused) {
        return refused.missing()
                ? page(HttpStatus.BAD_REQUEST, "Bitte wählen Sie zuerst den Zweck, für den Sie die Daten verarbeiten.")
                : page(HttpStatus.FORBIDDEN, RecordsProblems.PURPOSE_NOT_ALLOWED);
    }

    @ExceptionHandler
    ModelAndView invalid(InvalidRecord invalid) {
        return page(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }

    @ExceptionHandler
    ModelAndView outsideReach(OutsideReach outside) {
        return page(HttpStatus.FORBIDDEN, RecordsProblems.OUTSIDE_REACH);
    }

    @ExceptionHandler
    ModelAndView undecryptable(UndecryptableValue undecryptable) {
        return page(HttpStatus.CONFLICT, RecordsProblems.damaged());
    }

    private static ModelAndView page(HttpStatus status, String message) {
        return new ModelAndView("error", Map.of("status", status.value(), "problemText", message), status);
    }
}

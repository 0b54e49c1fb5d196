package de.kommunale2030.plattform.records;

import java.util.Map;

import de.kommunale2030.plattform.crypto.UndecryptableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(RecordsPageProblems.class);

    @ExceptionHandler
    ModelAndView notFound(RecordNotFound notFound) {
        return page(HttpStatus.NOT_FOUND, "Diesen Datensatz gibt es nicht, oder er gehört nicht zu Ihren Organisationseinheiten.");
    }

    @ExceptionHandler
    ModelAndView purpose(PurposeRefused refused) {
        return refused.missing()
                ? page(HttpStatus.BAD_REQUEST, "Bitte wählen Sie zuerst den Zweck, für den Sie die Daten verarbeiten.")
                : page(HttpStatus.FORBIDDEN,
                        "Für diesen Zweck dürfen diese Daten nicht verarbeitet werden. Der Versuch wurde protokolliert.");
    }

    @ExceptionHandler
    ModelAndView invalid(InvalidRecord invalid) {
        return page(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }

    @ExceptionHandler
    ModelAndView outsideReach(OutsideReach outside) {
        return page(HttpStatus.FORBIDDEN, "Vorgänge dürfen nur in der eigenen Organisationseinheit angelegt werden.");
    }

    @ExceptionHandler
    ModelAndView undecryptable(UndecryptableValue undecryptable) {
        log.error("A stored record value does not decrypt in its cell: changed or moved in the database");
        return page(HttpStatus.CONFLICT,
                "Der Datensatz kann nicht entschlüsselt werden: er wurde in der Datenbank verändert oder verschoben.");
    }

    private static ModelAndView page(HttpStatus status, String message) {
        return new ModelAndView("error", Map.of("status", status.value(), "problemText", message), status);
    }
}

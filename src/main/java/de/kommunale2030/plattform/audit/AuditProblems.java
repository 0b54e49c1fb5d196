package de.kommunale2030.plattform.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Any API call whose audit entry cannot be written is refused with 503: the action did not happen.
 */
@RestControllerAdvice
class AuditProblems {

    @ExceptionHandler
    ProblemDetail unavailable(AuditUnavailable unavailable) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Die Aktion wurde nicht ausgeführt, weil sie nicht protokolliert werden konnte. Bitte versuchen Sie es später erneut.");
        problem.setTitle("Protokollierung nicht möglich");
        return problem;
    }
}

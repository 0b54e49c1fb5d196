package de.kommunale2030.plattform.identity;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 answers of the sign-in API, with German titles.
 */
@RestControllerAdvice(assignableTypes = { SessionApi.class, UsersApi.class, TokensApi.class, SettingsApi.class, TenantsApi.class })
class IdentityProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(SignInRefused refused) {
        if (refused.isThrottled()) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Zu viele Anmeldeversuche von diesem Gerät. Bitte warten Sie einige Minuten.");
            problem.setTitle("Zu viele Versuche");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "300").body(problem);
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie Ihre Angaben.");
        problem.setTitle("Anmeldung fehlgeschlagen");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }

    @ExceptionHandler
    ProblemDetail wrongStage(SignIn.WrongSignInStage wrongStage) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Dieser Anmeldeschritt ist jetzt nicht vorgesehen. Bitte beginnen Sie die Anmeldung neu.");
        problem.setTitle("Falscher Anmeldeschritt");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail rejected(SignIn.PasswordRejected rejected) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, rejected.getMessage());
        problem.setTitle("Passwort nicht zulässig");
        problem.setType(URI.create("urn:k2030:problem:password-policy"));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalid(OrgUnits.InvalidInput invalid) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setTitle("Ungültige Angaben");
        return problem;
    }
}

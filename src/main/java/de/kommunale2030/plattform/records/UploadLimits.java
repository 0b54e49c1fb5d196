package de.kommunale2030.plattform.records;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Multipart problems arise while the request is parsed, before any handler is chosen, so this
 * advice applies to every controller rather than to the records API only.
 */
@RestControllerAdvice
class UploadLimits {

    @ExceptionHandler
    ProblemDetail tooLarge(MaxUploadSizeExceededException tooLarge) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "Die Datei ist viel größer als die erlaubten 10 MiB.");
        problem.setTitle("Datei zu groß");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail malformed(MultipartException malformed) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Erwartet wird eine Anfrage multipart/form-data mit der Datei im Teil \"file\".");
        problem.setTitle("Ungültige Angaben");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail missingPart(MissingServletRequestPartException missing) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Der Teil \"file\" mit der Datei fehlt.");
        problem.setTitle("Ungültige Angaben");
        return problem;
    }
}

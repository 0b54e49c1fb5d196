package de.kommunale2030.plattform.privacy;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/purposes}: {@code [{"key","name","legalBasis"}]}. */
@RestController
@ConditionalOnWebApplication
class PurposesApi {

    private final Purposes purposes;

    PurposesApi(Purposes purposes) {
        this.purposes = purposes;
    }

    @GetMapping("/api/v1/purposes")
    List<Purpose> purposes() {
        return purposes.all();
    }
}

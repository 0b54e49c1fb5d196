package de.kommunale2030.plattform.klartext;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/klartext} for {@code klartext:use}: a notice as JSON text or as an uploaded
 * PDF or text file, answered with the explanation, the facts, the computed deadlines, the
 * readability of both texts and exactly the text that left the platform for inference (or would
 * have). Neither notice nor explanation is stored; the audit log records that it happened.
 */
@RestController
@ConditionalOnWebApplication
class KlartextApi {

    private final Explanations explanations;
    private final NoticeReader reader;

    KlartextApi(Explanations explanations, NoticeReader reader) {
        this.explanations = explanations;
        this.reader = reader;
    }

    record TextBody(String text) {
    }

    @PostMapping(path = "/api/v1/klartext", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode explain(@RequestBody TextBody body) {
        return KlartextJson.of(explanations.explain(reader.pasted(body == null ? null : body.text())));
    }

    @PostMapping(path = "/api/v1/klartext", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ObjectNode explain(@RequestPart("file") MultipartFile file) {
        return KlartextJson.of(explanations.explain(reader.uploaded(file)));
    }
}

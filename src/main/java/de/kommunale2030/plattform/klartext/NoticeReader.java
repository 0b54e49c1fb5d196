package de.kommunale2030.plattform.klartext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A notice's text from what a clerk pasted or uploaded, within the installation's limits. Pasted
 * text passes the same checks as an uploaded text file, so both surfaces refuse alike.
 */
@Component
class NoticeReader {

    private final NoticeDocuments documents;

    NoticeReader(KlartextSettings settings) {
        this.documents = new NoticeDocuments(settings.largestUpload().toBytes(), settings.mostPdfPages());
    }

    /** @throws UnreadableNotice if the text is missing, too large or holds control characters */
    String pasted(String text) {
        return documents.text(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8), null);
    }

    /** @throws UnreadableNotice if the file is no readable PDF or UTF-8 text within the limits */
    String uploaded(MultipartFile file) {
        try {
            return documents.text(file.getBytes(), file.getOriginalFilename());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

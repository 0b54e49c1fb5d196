package de.kommunale2030.plattform.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.audit.AuditsItself;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/cases/{id}/documents} (multipart, part {@code file}),
 * {@code GET /api/v1/cases/{id}/documents} (the list, with file names) and
 * {@code GET /api/v1/documents/{id}}. Only allowed, correctly labelled, inactive files up to
 * {@link DocumentUpload#MAX_BYTES} are stored; downloads are served as attachments with the type
 * found in the bytes.
 */
@RestController
@AuditsItself
@ConditionalOnWebApplication
class DocumentsApi {

    private static final String PURPOSE_HEADER = RecordsAccess.PURPOSE_HEADER;

    private final Documents documents;
    private final RecordsAccess access;

    DocumentsApi(Documents documents, RecordsAccess access) {
        this.documents = documents;
        this.access = access;
    }

    record Uploaded(UUID id, String mediaType, long size, String fileName) {
    }

    @PostMapping(path = "/api/v1/cases/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Uploaded> upload(@RequestHeader(name = PURPOSE_HEADER, required = false) String purpose,
            @PathVariable String id, @RequestPart("file") MultipartFile file) {
        var caller = access.caller();
        var named = access.purpose(caller, purpose, "records.document.upload");
        byte[] content;
        try {
            content = file.getBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var upload = DocumentUpload.inspect(file.getContentType(), file.getOriginalFilename(), content, DocumentUpload.MAX_BYTES);
        var stored = documents.upload(caller.tenant(), Actor.current(), named, access.reach(caller), JsonBodies.uuid(id), upload)
            .orElseThrow(RecordNotFound::new);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + stored.id()))
            .body(new Uploaded(stored.id(), stored.mediaType(), stored.size(), stored.fileName()));
    }

    record Listed(List<Uploaded> documents) {
    }

    @GetMapping("/api/v1/cases/{id}/documents")
    Listed list(@RequestHeader(name = PURPOSE_HEADER, required = false) String purpose, @PathVariable String id) {
        var caller = access.caller();
        var named = access.purpose(caller, purpose, "records.document.list");
        var stored = documents.ofCase(caller.tenant(), Actor.current(), named, access.reach(caller), JsonBodies.uuid(id))
            .orElseThrow(RecordNotFound::new);
        return new Listed(stored.stream()
            .map(document -> new Uploaded(document.id(), document.mediaType(), document.size(), document.fileName()))
            .toList());
    }

    @GetMapping("/api/v1/documents/{id}")
    ResponseEntity<byte[]> download(@RequestHeader(name = PURPOSE_HEADER, required = false) String purpose,
            @PathVariable String id) {
        var caller = access.caller();
        var named = access.purpose(caller, purpose, "records.document.read");
        return attachment(documents.download(caller.tenant(), Actor.current(), named, access.reach(caller), JsonBodies.uuid(id))
            .orElseThrow(RecordNotFound::new));
    }

    /** A document as a download that no browser renders inline or sniffs, and no cache keeps. */
    static ResponseEntity<byte[]> attachment(Documents.Download document) {
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(document.mediaType()))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .cacheControl(CacheControl.noStore())
            .body(document.content());
    }
}

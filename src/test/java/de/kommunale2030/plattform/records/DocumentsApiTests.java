package de.kommunale2030.plattform.records;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.identity.Staff;
import de.kommunale2030.plattform.identity.Username;
import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents of a case over HTTPS: only allowed and correctly labelled files are stored, encrypted;
 * downloads follow the case's reach and purpose; malformed, mislabelled and oversized uploads are
 * refused cleanly.
 */
class DocumentsApiTests extends PlatformTest {

    static final String MARKER = "Bescheidgeheimnis";

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 /Note (" + MARKER + ") >>\nendobj\n"
            + "xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
            + "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n120\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    String ags;

    TenantId tenant;

    PlatformClient admin;

    PlatformClient clerk;

    String caseId;

    @BeforeEach
    void caseOfTheKaemmerei() {
        var onboarded = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Aktenbach", Username.of("admin"));
        ags = onboarded.tenant().ags().value();
        tenant = onboarded.tenant().id();
        admin = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "admin", onboarded.initialPassword());
        admin.post("/api/v1/org-units", Map.of("key", "kaemmerei", "name", "Kämmerei"));
        admin.post("/api/v1/org-units", Map.of("key", "ordnungsamt", "name", "Ordnungsamt"));
        clerk = staff("k.ammer", "SACHBEARBEITUNG", List.of("kaemmerei")).withPurpose("grundsteuer");
        var person = clerk.post("/api/v1/persons", PersonsApiTests.erika()).json().get("id").asString();
        caseId = clerk.post("/api/v1/cases", Map.of("category", "grundsteuer", "orgUnit", "kaemmerei", "subject", person))
            .json().get("id").asString();
    }

    PlatformClient staff(String username, String role, List<String> units) {
        return Staff.hired(admin, DATA_DIRECTORY, port, ags, username, role, units);
    }

    @Test
    void anUploadedBescheidIsStoredEncryptedAndComesBackUnchanged() {
        var uploaded = clerk.postFile("/api/v1/cases/" + caseId + "/documents", "file", "Grundsteuerbescheid Müller 2026.pdf",
                "application/pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(uploaded.json().get("fileName").asString()).isEqualTo("Grundsteuerbescheid Müller 2026.pdf");
        var id = uploaded.json().get("id").asString();

        var listed = clerk.get("/api/v1/cases/" + caseId + "/documents");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("documents")).hasSize(1);
        assertThat(listed.json().get("documents").get(0).get("id").asString()).isEqualTo(id);
        assertThat(listed.json().get("documents").get(0).get("fileName").asString())
            .isEqualTo("Grundsteuerbescheid Müller 2026.pdf");

        var download = clerk.download("/api/v1/documents/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");

        var stored = inTenant(tenant, () -> jdbc.sql("SELECT content || file_name FROM records.dokument WHERE id = :id")
            .param("id", UUID.fromString(id)).query(byte[].class).single());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(MARKER, "Grundsteuerbescheid", "%PDF");
    }

    @Test
    void disallowedMislabelledActiveAndOversizedFilesAreRefusedCleanly() {
        var path = "/api/v1/cases/" + caseId + "/documents";
        var html = clerk.postFile(path, "file", "bescheid.html", "text/html",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.status()).isEqualTo(400);
        assertThat(html.json().get("detail").asString()).contains("nicht zugelassen");
        var mislabelled = clerk.postFile(path, "file", "bescheid.png", "image/png", PDF);
        assertThat(mislabelled.status()).isEqualTo(400);
        assertThat(mislabelled.json().get("detail").asString()).contains("passen nicht zusammen");
        var active = new String(PDF, StandardCharsets.US_ASCII).replace("/Type /Catalog", "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>");
        assertThat(clerk.postFile(path, "file", "aktiv.pdf", "application/pdf", active.getBytes(StandardCharsets.US_ASCII)).status())
            .isEqualTo(400);
        assertThat(clerk.postFile(path, "file", "leer.pdf", "application/pdf", new byte[0]).status()).isEqualTo(400);
        var tooLarge = clerk.postFile(path, "file", "gross.txt", "text/plain", "a".repeat(10 * 1024 * 1024 + 1)
            .getBytes(StandardCharsets.US_ASCII));
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().get("detail").asString()).contains("10 MiB");
        assertThat(tooLarge.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(clerk.post(path, Map.of("file", "kein multipart")).status()).isIn(400, 415);
        assertThat(inTenant(tenant, () -> jdbc.sql("SELECT count(*) FROM records.dokument").query(Long.class).single()))
            .as("nothing refused was stored").isZero();
    }

    @Test
    void downloadsFollowTheCasesReachAndPurpose() {
        var id = clerk.postFile("/api/v1/cases/" + caseId + "/documents", "file", "b.pdf", "application/pdf", PDF)
            .json().get("id").asString();
        var other = staff("o.rdnung", "SACHBEARBEITUNG", List.of("ordnungsamt")).withPurpose("grundsteuer");
        assertThat(other.download("/api/v1/documents/" + id).statusCode()).isEqualTo(404);
        assertThat(other.get("/api/v1/cases/" + caseId + "/documents").status()).isEqualTo(404);
        assertThat(other.postFile("/api/v1/cases/" + caseId + "/documents", "file", "b.pdf", "application/pdf", PDF).status())
            .isEqualTo(404);
        assertThat(clerk.withPurpose("hundesteuer").download("/api/v1/documents/" + id).statusCode()).isEqualTo(403);
        assertThat(clerk.get("/api/v1/cases/" + caseId + "/documents").status()).isEqualTo(403);
        clerk.withPurpose("grundsteuer");
        var auditor = staff("a.udit", "AUDIT", List.of()).withPurpose("grundsteuer");
        assertThat(auditor.download("/api/v1/documents/" + id).statusCode()).isEqualTo(403);
        assertThat(clerk.download("/api/v1/documents/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }
}

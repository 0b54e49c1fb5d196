package de.kommunale2030.plattform.klartext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.identity.Staff;
import de.kommunale2030.plattform.identity.Username;
import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/klartext} and {@code /api/v1/settings/klartext} over HTTPS: a clerk gets the
 * explanation of a pasted or uploaded notice with the Kommune's deadline rules, the audit log records
 * that it happened without any content, bad input gets a German problem document, and only the
 * permitted roles get in.
 */
class KlartextApiTests extends PlatformTest {

    private static final CorpusLetters.Letter GRUNDSTEUER = CorpusLetters.byId("grundsteuer-01");

    private TenantId tenant;
    private PlatformClient admin;
    private PlatformClient clerk;

    @BeforeEach
    void kommuneWithAClerk() {
        var onboarded = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Klarbach", Username.of("admin"));
        var ags = onboarded.tenant().ags().value();
        tenant = onboarded.tenant().id();
        admin = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "admin", onboarded.initialPassword());
        admin.post("/api/v1/org-units", Map.of("key", "steueramt", "name", "Steueramt"));
        clerk = Staff.hired(admin, DATA_DIRECTORY, port, ags, "s.teuer", "SACHBEARBEITUNG", List.of("steueramt"));
    }

    @Test
    void explainsAPastedNoticeWithTheKommunesDeadlineRulesAndRecordsOnlyThatItHappened() {
        var response = clerk.post("/api/v1/klartext", Map.of("text", GRUNDSTEUER.text()));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("engine").asString()).isEqualTo("built-in");
        assertThat(json.get("klartext").asString()).contains("472,01 €", "15. Februar 2025", "Widerspruch");
        assertThat(json.get("facts").get("total").get("asWritten").asString()).isEqualTo("472,01 €");
        // Bavaria (the test Kommunen's Land), four days after posting: 24 January, one month: 24 February 2025
        var deadline = json.get("deadlines").get(0);
        assertThat(deadline.get("announced").asString()).isEqualTo("2025-01-24");
        assertThat(deadline.get("lastDay").asString()).isEqualTo(new Deadlines(4, Land.BY)
            .lastDayToObject(LocalDate.of(2025, 1, 20), java.time.Period.ofMonths(1)).toString());
        assertThat(json.get("explanation").get(0).get("heading").asString()).isEqualTo("Worum geht es?");
        assertThat(json.get("readability").get("klartext").get("fleschAmstad").asDouble())
            .isGreaterThan(json.get("readability").get("original").get("fleschAmstad").asDouble());
        for (var value : GRUNDSTEUER.pii()) {
            assertThat(json.get("anonymized").asString()).as("the text for inference").doesNotContain(value);
        }

        var audit = inTenant(tenant, () -> jdbc.sql("""
                SELECT action || ' ' || coalesce(resource_type, '') || ' ' || coalesce(resource_id, '') || ' '
                    || coalesce(purpose, '') || ' ' || outcome FROM audit.entry WHERE action LIKE 'klartext.%'""")
            .query(String.class).list());
        assertThat(audit).containsExactly("klartext.explain.built-in   bescheid-erlaeuterung ALLOWED");
        var everything = inTenant(tenant, () -> String.join("\n", jdbc.sql("SELECT CAST(e AS text) FROM audit.entry e")
            .query(String.class).list()));
        for (var value : GRUNDSTEUER.pii()) {
            assertThat(everything).as("audit log").doesNotContain(value);
        }
    }

    @Test
    void explainsAnUploadedPdf() {
        // set as a printed letter is: lines wrapped at 85 characters, 45 lines a page
        var lines = GRUNDSTEUER.text().lines()
            .flatMap(line -> wrapped(line, 85).stream())
            .toList();
        var pages = new java.util.ArrayList<List<String>>();
        for (int from = 0; from < lines.size(); from += 45) {
            pages.add(lines.subList(from, Math.min(lines.size(), from + 45)));
        }
        var pdf = TestPdfs.withText(pages);
        var response = clerk.postFile("/api/v1/klartext", "file", "grundsteuer.pdf", "application/pdf", pdf);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("klartext").asString()).contains("472,01 €");
    }

    @Test
    void refusesUnreadableInputWithAGermanProblemAndNoContentInIt() {
        var encrypted = clerk.postFile("/api/v1/klartext", "file", "b.pdf", "application/pdf", TestPdfs.encrypted("geheim"));
        assertThat(encrypted.status()).isEqualTo(422);
        assertThat(encrypted.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(encrypted.json().get("title").asString()).isEqualTo("Bescheid nicht lesbar");
        assertThat(encrypted.json().get("detail").asString()).contains("verschlüsselt");
        var png = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };
        assertThat(clerk.postFile("/api/v1/klartext", "file", "b.png", "image/png", png).status()).isEqualTo(415);
        assertThat(clerk.postFile("/api/v1/klartext", "file", "b.pdf", "application/pdf", TestPdfs.scanned()).status())
            .isEqualTo(422);
        assertThat(clerk.post("/api/v1/klartext", Map.of("text", "   ")).status()).isEqualTo(422);
        assertThat(clerk.post("/api/v1/klartext", Map.of()).status()).isEqualTo(422);
        var tooLong = clerk.post("/api/v1/klartext", Map.of("text", "Bescheid ".repeat(1_200_000)));
        assertThat(tooLong.status()).isIn(413, 400);
        var control = clerk.post("/api/v1/klartext", Map.of("text", "Bescheid\u0000über"));
        assertThat(control.status()).isEqualTo(415);
        assertThat(control.json().get("detail").asString()).doesNotContain("Bescheid\u0000über");
        var notJson = clerk.postFile("/api/v1/klartext", "text", "x.txt", "text/plain", "kein".getBytes(StandardCharsets.UTF_8));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(inTenant(tenant, () -> jdbc.sql("SELECT count(*) FROM audit.entry WHERE action LIKE 'klartext.explain%'")
            .query(Long.class).single())).as("refused input explains nothing").isZero();
    }

    @Test
    void onlyRolesWithKlartextUseMayExplain() {
        assertThat(admin.post("/api/v1/klartext", Map.of("text", GRUNDSTEUER.text())).status()).isEqualTo(403);
        var anonymous = new PlatformClient(DATA_DIRECTORY, port);
        assertThat(anonymous.post("/api/v1/klartext", Map.of("text", GRUNDSTEUER.text())).status()).isIn(401, 403);
    }

    @Test
    void theKommuneChoosesItsBekanntgabeFictionAndAnonymiserListsAndOnlyItsAdminMay() {
        var defaults = admin.get("/api/v1/settings/klartext");
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.json().get("daysAfterPosting").asInt()).isEqualTo(4);
        assertThat(defaults.json().get("languageModel").asBoolean()).isFalse();

        var changed = admin.put("/api/v1/settings/klartext", Map.of("daysAfterPosting", 3, "languageModel", false,
                "keptTerms", List.of("Kirchplatz 2"), "maskedTerms", List.of("Wingertsweiler")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("keptTerms").get(0).asString()).isEqualTo("Kirchplatz 2");
        var explained = clerk.post("/api/v1/klartext", Map.of("text", GRUNDSTEUER.text())).json();
        assertThat(explained.get("deadlines").get(0).get("announced").asString()).isEqualTo("2025-01-23");

        var invalid = admin.put("/api/v1/settings/klartext", Map.of("daysAfterPosting", 20, "languageModel", false));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("title").asString()).isEqualTo("Ungültige Angaben");
        assertThat(clerk.put("/api/v1/settings/klartext", Map.of("daysAfterPosting", 2, "languageModel", true)).status())
            .isEqualTo(403);
        assertThat(admin.get("/api/v1/settings/klartext").json().get("daysAfterPosting").asInt())
            .as("refused changes change nothing").isEqualTo(3);
        assertThat(inTenant(tenant, () -> jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'klartext.settings.change'")
            .query(Long.class).single())).isEqualTo(1);

        var other = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Nachbarort", Username.of("admin"));
        var otherAdmin = Staff.firstSignIn(DATA_DIRECTORY, port, other.tenant().ags().value(), "admin", other.initialPassword());
        assertThat(otherAdmin.get("/api/v1/settings/klartext").json().get("daysAfterPosting").asInt())
            .as("another Kommune's choice").isEqualTo(4);
    }

    private static List<String> wrapped(String line, int width) {
        var lines = new java.util.ArrayList<String>();
        var current = new StringBuilder();
        for (var word : line.split(" ")) {
            if (!current.isEmpty() && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(word);
        }
        lines.add(current.toString());
        return lines;
    }
}

package de.kommunale2030.plattform.records;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kommunale2030.plattform.Browser;
import de.kommunale2030.plattform.BrowserTest;
import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.identity.Staff;
import de.kommunale2030.plattform.identity.Username;
import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clerk's records pages in Chromium: choose a purpose, create and find a person, open a case,
 * upload and list a document, close the case; refusals as German pages; the data protection
 * officer's erasure; no axe-core violations on any page.
 */
class RecordsPagesBrowserTests extends BrowserTest {

    @TempDir
    Path files;

    @Test
    void aClerkWorksThroughPersonCaseAndDocumentAndTheOfficerErases() throws Exception {
        var onboarded = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Aktenhausen", Username.of("admin"));
        var ags = onboarded.tenant().ags().value();
        TenantId tenant = onboarded.tenant().id();
        var admin = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "admin", onboarded.initialPassword());
        admin.post("/api/v1/org-units", Map.of("key", "kaemmerei", "name", "Kämmerei"));
        admin.post("/api/v1/org-units", Map.of("key", "ordnungsamt", "name", "Ordnungsamt"));
        var clerk = Staff.hired(admin, DATA_DIRECTORY, port, ags, "k.ammer", "SACHBEARBEITUNG", List.of("kaemmerei"));
        signInBrowserAs(clerk);

        open("/konto");
        clickAndWait(By.linkText("Zu den Vorgängen"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vorgänge");
        assertThat(text()).contains("Wählen Sie zuerst den Zweck");
        Browser.assertNoAxeViolations(browser);
        new Select(browser.findElement(By.id("zweck"))).selectByValue("grundsteuer");
        clickAndWait(By.cssSelector("form.filter button"));
        assertThat(text()).contains("Zweck: Festsetzung und Erhebung der Grundsteuer").contains("keine Vorgänge");

        // a person: a refused input keeps what was typed and says why, in German
        clickAndWait(By.linkText("Personen"));
        assertThat(browser.getCurrentUrl()).endsWith("/personen?zweck=grundsteuer");
        Browser.assertNoAxeViolations(browser);
        type("familyName", "Kowalczyk");
        type("givenNames", "Marta");
        date("birthDate", "1971-04-03");
        type("street", "Lindenweg 4");
        type("postalCode", "5114");
        type("city", "Aktenhausen");
        submit("Person anlegen");
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).isEqualTo("Die Postleitzahl besteht aus fünf Ziffern.");
        assertThat(browser.findElement(By.id("familyName")).getAttribute("value")).isEqualTo("Kowalczyk");
        browser.findElement(By.id("postalCode")).clear();
        type("postalCode", "51147");
        submit("Person anlegen");
        assertThat(text()).contains("Die Person wurde angelegt.");
        assertThat(browser.findElement(By.id("person")).getText()).contains("Kowalczyk", "Marta", "03.04.1971", "51147 Aktenhausen");
        assertThat(browser.getCurrentUrl()).doesNotContain("Kowalczyk");
        var personId = browser.findElement(By.id("person-id")).getText();
        Browser.assertNoAxeViolations(browser);

        // a case for her, with exactly the fields its category declares
        clickAndWait(By.linkText("Vorgang für diese Person anlegen"));
        new Select(browser.findElement(By.id("art"))).selectByValue("grundsteuer");
        submit("Vorgangsart wählen");
        assertThat(browser.findElement(By.id("person")).getAttribute("value")).isEqualTo(personId);
        assertThat(browser.findElements(By.cssSelector("input[name^='feld-']"))).hasSize(5);
        Browser.assertNoAxeViolations(browser);
        type("feld-kassenzeichen", "GS-2026-0815");
        submit("Vorgang anlegen");
        assertThat(text()).contains("Der Vorgang wurde angelegt.");
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("offen");
        assertThat(browser.findElement(By.id("case-fields")).getText()).contains("Kassenzeichen", "GS-2026-0815");
        var caseUrl = browser.getCurrentUrl();
        var caseId = caseUrl.substring(caseUrl.indexOf("/vorgaenge/") + "/vorgaenge/".length(), caseUrl.indexOf('?'));

        // documents: a Bescheid is stored and listed, a mislabelled file is refused with a German message
        var pdf = files.resolve("Grundsteuerbescheid 2026.pdf");
        Files.write(pdf, DocumentsApiTests.PDF);
        browser.findElement(By.id("datei")).sendKeys(pdf.toString());
        submit("Hochladen");
        assertThat(text()).contains("Das Dokument wurde gespeichert.");
        assertThat(browser.findElement(By.id("documents")).getText()).contains("Grundsteuerbescheid 2026.pdf", "application/pdf");
        Browser.assertNoAxeViolations(browser);
        var fake = files.resolve("foto.png");
        Files.write(fake, DocumentsApiTests.PDF);
        browser.findElement(By.id("datei")).sendKeys(fake.toString());
        submit("Hochladen");
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("passen nicht zusammen");
        var huge = files.resolve("scan.pdf");
        Files.write(huge, new byte[13 * 1024 * 1024]);
        browser.findElement(By.id("datei")).sendKeys(huge.toString());
        submit("Hochladen");
        assertThat(text()).contains("Die Datei ist zu groß");
        browser.get(caseUrl);
        assertThat(browser.findElements(By.cssSelector("#documents tbody tr"))).as("nothing refused was stored").hasSize(1);
        var link = browser.findElement(By.linkText("Herunterladen")).getAttribute("href");
        var download = clerk.download(link.substring(link.indexOf("/dokumente/")));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(DocumentsApiTests.PDF);

        // exact search finds her, and only with the exact date of birth
        open("/personen?zweck=grundsteuer");
        type("search-familyName", "kowalczyk");
        date("search-birthDate", "1971-04-03");
        submit("Suchen");
        assertThat(browser.findElements(By.cssSelector("#found tbody tr"))).hasSize(1);
        Browser.assertNoAxeViolations(browser);
        date("search-birthDate", "1971-04-04");
        submit("Suchen");
        assertThat(text()).contains("Keine Person mit genau diesen Angaben gefunden.");

        // refusals: another purpose (recorded), another unit, a malformed id
        open("/vorgaenge/" + caseId + "?zweck=hundesteuer");
        assertThat(browser.findElement(By.id("problem")).getText()).contains("Für diesen Zweck dürfen diese Daten nicht");
        assertThat(inTenant(tenant, () -> jdbc.sql("""
                SELECT count(*) FROM audit.entry WHERE action = 'records.case.read' AND outcome = 'DENIED'
                  AND purpose = 'hundesteuer' AND resource_id = :id""").param("id", caseId).query(Long.class).single()))
            .isEqualTo(1);
        open("/vorgaenge/kein-vorgang?zweck=grundsteuer");
        assertThat(browser.findElement(By.id("problem")).getText()).startsWith("Diesen Datensatz gibt es nicht");
        open("/vorgaenge/" + caseId);
        assertThat(browser.findElement(By.id("problem")).getText()).contains("Bitte wählen Sie zuerst den Zweck");
        Browser.assertNoAxeViolations(browser);
        var neighbour = Staff.hired(admin, DATA_DIRECTORY, port, ags, "o.rdnung", "SACHBEARBEITUNG", List.of("ordnungsamt"));
        signInBrowserAs(neighbour);
        open("/vorgaenge/" + caseId + "?zweck=grundsteuer");
        assertThat(browser.findElement(By.id("problem")).getText()).startsWith("Diesen Datensatz gibt es nicht");
        open("/personen/" + personId + "?zweck=grundsteuer");
        assertThat(browser.findElement(By.id("person")).getText())
            .as("persons have no unit: need-to-know for persons is the purpose").contains("Kowalczyk");

        // closing
        signInBrowserAs(clerk);
        browser.get(caseUrl);
        submit("Vorgang abschließen");
        assertThat(text()).contains("Der Vorgang wurde abgeschlossen.");
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("abgeschlossen");
        assertThat(browser.findElements(By.id("datei"))).as("no uploads into a closed case").isEmpty();

        // erasure by the data protection officer: unconfirmed refused, confirmed final
        var officer = Staff.hired(admin, DATA_DIRECTORY, port, ags, "d.schutz", "DATENSCHUTZ", List.of());
        var unconfirmed = officer.post("/personen/" + personId + "/loeschen", Map.of());
        assertThat(unconfirmed.status()).isEqualTo(302);
        signInBrowserAs(officer);
        open("/personen/" + personId + "?zweck=grundsteuer");
        Browser.assertNoAxeViolations(browser);
        browser.findElement(By.id("bestaetigt")).click();
        submit("Endgültig löschen");
        assertThat(text()).contains("Die Person wurde gelöscht");
        signInBrowserAs(clerk);
        browser.get(caseUrl);
        assertThat(text()).contains("Die Person dieses Vorgangs wurde gelöscht").doesNotContain("GS-2026-0815");
        open("/personen/" + personId + "?zweck=grundsteuer");
        assertThat(browser.findElement(By.id("problem")).getText()).startsWith("Diesen Datensatz gibt es nicht");
        assertThat(clerk.withPurpose("grundsteuer").get("/api/v1/persons/" + UUID.fromString(personId)).status()).isEqualTo(404);
    }

    /** Date fields are typed in the browser's locale; the value they submit is always ISO. */
    private static void date(String id, String iso) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), iso);
    }
}

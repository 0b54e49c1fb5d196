package de.kommunale2030.plattform.klartext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import de.kommunale2030.plattform.Browser;
import de.kommunale2030.plattform.BrowserTest;
import de.kommunale2030.plattform.identity.Staff;
import de.kommunale2030.plattform.identity.Username;
import de.kommunale2030.plattform.tenancy.Ags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * "Bescheid erklären" in Chromium: a clerk pastes a notice and reads original and explanation side
 * by side, with the facts to tick off and the readability figures; copy and print appear with
 * script; an unreadable upload is refused in German and the pasted text stays; no axe-core
 * violations.
 */
class KlartextPagesBrowserTests extends BrowserTest {

    @TempDir
    Path files;

    @Test
    void aClerkPastesANoticeAndReadsItsExplanationBesideIt() throws Exception {
        var onboarded = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Klartextdorf", Username.of("admin"));
        var ags = onboarded.tenant().ags().value();
        var admin = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "admin", onboarded.initialPassword());
        admin.post("/api/v1/org-units", Map.of("key", "steueramt", "name", "Steueramt"));
        var clerk = Staff.hired(admin, DATA_DIRECTORY, port, ags, "k.lar", "SACHBEARBEITUNG", List.of("steueramt"));
        var letter = CorpusLetters.byId("hundesteuer-02");
        signInBrowserAs(clerk);

        open("/konto");
        clickAndWait(By.linkText("Bescheid in Klartext erklären"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bescheid in Klartext erklären");
        Browser.assertNoAxeViolations(browser);

        // an upload that is no notice: refused in German, with the API's status, and the pasted text stays
        var photo = files.resolve("foto.png");
        Files.write(photo, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 });
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("text")), letter.text());
        browser.findElement(By.id("file")).sendKeys(photo.toString());
        submit("Erklären");
        assertThat(browser.findElement(By.cssSelector("p.error")).getText())
            .isEqualTo("Die Datei ist weder eine PDF-Datei noch ein Text in UTF-8.");
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).isEqualTo(letter.text().replace("\r\n", "\n"));

        submit("Erklären");
        var explanation = browser.findElement(By.id("klartext-text")).getText();
        assertThat(explanation).contains("Worum geht es?", "Was müssen Sie tun?", "Bis wann?", "Wie viel?",
                "Was können Sie tun, wenn Sie nicht einverstanden sind?", "Wichtige Begriffe");
        assertThat(browser.findElement(By.cssSelector("pre.notice")).getText()).contains("Hundesteuerbescheid");
        assertThat(browser.findElement(By.cssSelector("ul.checklist")).getText()).contains("Behörde", "Rechtsbehelf",
                "Letzter Tag (berechnet)");
        assertThat(browser.findElements(By.cssSelector("ul.checklist input[type=checkbox]"))).hasSizeGreaterThan(4);
        assertThat(text()).contains("Flesch-Lesbarkeit nach Amstad", "Wiener Sachtextformel", "LIX", "Wörter je Satz");
        assertThat(browser.findElement(By.id("copy-explanation")).isDisplayed()).as("copy needs script").isTrue();
        assertThat(browser.findElement(By.id("print-explanation")).isDisplayed()).isTrue();
        assertThat(browser.getCurrentUrl()).endsWith("/klartext");
        Browser.assertNoAxeViolations(browser);
    }

    @Test
    void theKommunesAdministratorChoosesItsKlartextSettingsOnAPage() {
        var onboarded = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Einstellhausen", Username.of("admin"));
        var admin = Staff.firstSignIn(DATA_DIRECTORY, port, onboarded.tenant().ags().value(), "admin",
                onboarded.initialPassword());
        signInBrowserAs(admin);

        open("/konto");
        clickAndWait(By.linkText("Zu den Klartext-Einstellungen"));
        assertThat(browser.findElement(By.id("daysAfterPosting")).getAttribute("value")).isEqualTo("4");
        assertThat(browser.findElement(By.id("languageModel")).isSelected()).isFalse();
        assertThat(text()).contains("kein Sprachmodell eingerichtet");
        Browser.assertNoAxeViolations(browser);

        type("daysAfterPosting", "20");
        type("keptTerms", "Kirchplatz 2");
        submit("Speichern");
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("zwischen 0 und 14 Tagen");
        assertThat(browser.findElement(By.id("keptTerms")).getAttribute("value")).isEqualTo("Kirchplatz 2");
        Browser.assertNoAxeViolations(browser);

        type("daysAfterPosting", "3");
        submit("Speichern");
        assertThat(text()).contains("Die Einstellungen wurden gespeichert.");
        var saved = admin.get("/api/v1/settings/klartext").json();
        assertThat(saved.get("daysAfterPosting").asInt()).isEqualTo(3);
        assertThat(saved.get("keptTerms").get(0).asString()).isEqualTo("Kirchplatz 2");
    }
}

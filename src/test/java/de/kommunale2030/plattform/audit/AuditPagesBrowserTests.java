package de.kommunale2030.plattform.audit;

import java.util.List;
import java.util.Map;

import de.kommunale2030.plattform.Browser;
import de.kommunale2030.plattform.BrowserTest;
import de.kommunale2030.plattform.identity.Staff;
import de.kommunale2030.plattform.identity.Username;
import de.kommunale2030.plattform.tenancy.Ags;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's pages in Chromium: filter, page through, verify; German messages for bad filters;
 * no axe-core violations.
 */
class AuditPagesBrowserTests extends BrowserTest {

    @Test
    void anAuditorFiltersPagesAndVerifiesTheLog() {
        var onboarded = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Protokollheim", Username.of("admin"));
        var ags = onboarded.tenant().ags().value();
        var admin = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "admin", onboarded.initialPassword());
        var created = admin.post("/api/v1/users", Map.of("username", "a.pruefer", "roles", List.of("AUDIT")));
        var auditor = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "a.pruefer", created.json().get("initialPassword").asString());
        for (int i = 0; i < 60; i++) {
            assertThat(admin.get("/api/v1/users").status()).isEqualTo(200);
        }
        signInBrowserAs(auditor);

        open("/verwaltung/protokoll");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Protokoll");
        assertThat(browser.findElements(By.cssSelector("table.audit tbody tr"))).hasSize(AuditPages.PAGE_SIZE);
        Browser.assertNoAxeViolations(browser);

        browser.findElement(By.linkText("Ältere Einträge")).click();
        assertThat(browser.findElement(By.tagName("caption")).getText()).contains("Seite 2");

        open("/verwaltung/protokoll?action=identity.sign-in&outcome=ALLOWED");
        var rows = browser.findElements(By.cssSelector("table.audit tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains("identity.sign-in").contains("erlaubt"));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("a.pruefer");
        Browser.assertNoAxeViolations(browser);

        open("/verwaltung/protokoll?actor=kein-uuid");
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("keine gültige ID");
        open("/verwaltung/protokoll?outcome=UNSINN&page=x");
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).isEqualTo("Die Angaben im Filter sind ungültig.");
        open("/verwaltung/protokoll?from=gestern");
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("kein Datum");

        open("/verwaltung/protokoll/pruefung");
        assertThat(browser.findElement(By.id("verification-result")).getText()).contains("unversehrt");
        assertThat(browser.findElement(By.id("key-fingerprint")).getText()).hasSize(64);
        assertThat(browser.findElement(By.id("retention")).getText()).startsWith("24 Monate");
        Browser.assertNoAxeViolations(browser);
    }
}

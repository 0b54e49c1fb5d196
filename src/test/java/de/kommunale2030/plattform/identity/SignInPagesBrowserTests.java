package de.kommunale2030.plattform.identity;

import java.time.Instant;

import de.kommunale2030.plattform.Browser;
import de.kommunale2030.plattform.BrowserTest;
import de.kommunale2030.plattform.tenancy.Ags;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first sign-in as a person does it in Chromium: password, new password, authenticator app set
 * up from the page, recovery codes, "Mein Konto"; every page without axe-core violations.
 */
class SignInPagesBrowserTests extends BrowserTest {

    @Test
    void firstSignInWithPasswordChangeAndAuthenticatorEnrolment() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Bildschirm", Username.of("admin"));
        var ags = tenant.tenant().ags().value();

        open("/anmelden");
        Browser.assertNoAxeViolations(browser);
        type("tenant", ags);
        type("username", "admin");
        type("password", "ganz-falsches-passwort");
        submit();
        assertThat(browser.findElement(By.id("signin-error")).getText()).contains("Anmeldung ist fehlgeschlagen");
        Browser.assertNoAxeViolations(browser);

        type("username", "admin");
        type("password", tenant.initialPassword());
        submit();
        assertThat(browser.getCurrentUrl()).endsWith("/anmelden/passwort");
        Browser.assertNoAxeViolations(browser);

        type("newPassword", "password1234");
        type("repeatedPassword", "password1234");
        submit();
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("verbreitet");
        type("newPassword", "Rathausuhr-Kirchplatz-11");
        type("repeatedPassword", "Rathausuhr-Kirchplatz-11");
        submit();
        assertThat(browser.getCurrentUrl()).endsWith("/anmelden/zweiter-faktor/einrichten");
        assertThat(browser.findElement(By.cssSelector("img.qr")).getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        Browser.assertNoAxeViolations(browser);

        var secret = Base32.decode(browser.findElement(By.id("mfa-secret")).getText().replace(" ", ""));
        type("code", "000000".equals(Totp.code(secret, Totp.step(Instant.now()))) ? "111111" : "000000");
        submit();
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("Code ist nicht gültig");
        assertThat(Base32.decode(browser.findElement(By.id("mfa-secret")).getText().replace(" ", "")))
            .as("the secret stays the same after a wrong code")
            .isEqualTo(secret);

        type("code", Totp.code(secret, Totp.step(Instant.now())));
        submit();
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li")))
            .as(() -> browser.getCurrentUrl() + "\n" + browser.findElement(By.tagName("main")).getText())
            .hasSize(10);
        Browser.assertNoAxeViolations(browser);

        clickAndWait(By.linkText("Weiter zu Mein Konto"));
        assertThat(browser.findElement(By.id("account-username")).getText()).isEqualTo("admin");
        Browser.assertNoAxeViolations(browser);

        clickAndWait(By.linkText("Zur Benutzerverwaltung"));
        Browser.assertNoAxeViolations(browser);
        type("unit-key", "ordnungsamt");
        type("unit-name", "Ordnungsamt");
        clickAndWait(By.cssSelector("form[action$='/verwaltung/organisationseinheiten'] button"));
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).contains("angelegt");
        type("new-username", "k.schmidt");
        type("new-displayName", "Karin Schmidt");
        browser.findElement(By.xpath("//label[text()='Sachbearbeitung']")).click();
        browser.findElement(By.xpath("//label[text()='Ordnungsamt']")).click();
        clickAndWait(By.cssSelector("form[action$='/verwaltung/benutzer'] button"));
        assertThat(browser.findElement(By.id("initial-password")).getText()).hasSize(20);
        Browser.assertNoAxeViolations(browser);
        clickAndWait(By.linkText("Zurück zur Benutzerverwaltung"));
        var row = browser.findElement(By.xpath("//tr[td[text()='k.schmidt']]"));
        assertThat(row.getText()).contains("Karin Schmidt").contains("SACHBEARBEITUNG").contains("ordnungsamt")
            .contains("Erstanmeldung ausstehend");
        Browser.assertNoAxeViolations(browser);
        clickAndWait(By.cssSelector("button[aria-label='Konto k.schmidt deaktivieren']"));
        assertThat(browser.findElement(By.xpath("//tr[td[text()='k.schmidt']]")).getText()).contains("deaktiviert");
        open("/konto");

        clickAndWait(By.cssSelector("form[action$='/abmelden'] button"));
        open("/konto");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Das hat leider nicht geklappt");
    }


    /** Submits the page's form and waits until the browser shows the next page. */
    private void submit() {
        clickAndWait(By.cssSelector("main form button[type=submit]"));
    }
}

package de.kommunale2030.plattform.web;

import de.kommunale2030.plattform.Browser;
import de.kommunale2030.plattform.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages in a real headless Chromium, checked with axe-core against WCAG 2.1 AA.
 */
class PublicPagesBrowserTests extends BrowserTest {

    @Test
    void startPageRendersInGermanWithoutAccessibilityViolations() {
        open("/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Verwaltung verständlich machen");
        Browser.assertNoAxeViolations(browser);
    }

    @Test
    void privacyPageRendersLiveFactsWithoutAccessibilityViolations() {
        open("/datenschutz");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Datenschutz & Sicherheit");
        assertThat(browser.findElement(By.id("tls-protocols")).getText()).contains("TLS 1.3").doesNotContain("TLS 1.2");
        assertThat(browser.findElement(By.id("tls-connection")).getText()).contains("TLS 1.3");
        assertThat(browser.findElement(By.id("tenant-tables")).getText()).matches(".*: (\\d+) von \\1 Tabellen.*");
        Browser.assertNoAxeViolations(browser);
    }

    @Test
    void errorPageIsGermanAndAccessible() {
        open("/gibt-es-nicht");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Das hat leider nicht geklappt");
        Browser.assertNoAxeViolations(browser);
    }

}

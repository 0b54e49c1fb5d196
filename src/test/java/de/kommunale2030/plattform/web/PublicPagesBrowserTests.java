package de.kommunale2030.plattform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import de.kommunale2030.plattform.PlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public pages in a real headless Chromium, checked with axe-core against WCAG 2.1 AA. Runs
 * wherever Debian's chromium and chromium-driver are installed; CI installs them and sets
 * {@code CI=true}, which turns a missing browser into a failure instead of a skipped test.
 */
class PublicPagesBrowserTests extends PlatformTest {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser(@TempDir Path profile) {
        var chromium = executable("chromium", "chromium-browser", "google-chrome");
        var driver = executable("chromedriver");
        var required = "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("k2030.browser.required");
        if (required) {
            assertThat(chromium).as("chromium is installed (apt-get install chromium)").isPresent();
            assertThat(driver).as("chromedriver is installed (apt-get install chromium-driver)").isPresent();
        }
        assumeTrue(chromium.isPresent() && driver.isPresent(), "no chromium/chromedriver: browser tests skipped");
        var options = new ChromeOptions();
        options.setBinary(chromium.get().toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setAcceptInsecureCerts(true);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void startPageRendersInGermanWithoutAccessibilityViolations() {
        open("/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Verwaltung verständlich machen");
        assertNoAxeViolations();
    }

    @Test
    void privacyPageRendersLiveFactsWithoutAccessibilityViolations() {
        open("/datenschutz");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Datenschutz & Sicherheit");
        assertThat(browser.findElement(By.id("tls-protocols")).getText()).contains("TLS 1.3").doesNotContain("TLS 1.2");
        assertThat(browser.findElement(By.id("tls-connection")).getText()).contains("TLS 1.3");
        assertThat(browser.findElement(By.id("tenant-tables")).getText()).matches(".*: (\\d+) von \\1 Tabellen.*");
        assertNoAxeViolations();
    }

    @Test
    void errorPageIsGermanAndAccessible() {
        open("/gibt-es-nicht");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Das hat leider nicht geklappt");
        assertNoAxeViolations();
    }

    private void open(String path) {
        browser.get("https://localhost:" + port + path);
    }

    private void assertNoAxeViolations() {
        var results = new AxeBuilder().withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(browser);
        assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
        assertThat(results.getPasses()).as("axe-core actually ran its rules").isNotEmpty();
    }

    private static String describe(java.util.List<Rule> violations) {
        var text = new StringBuilder();
        violations.forEach(v -> text.append(v.getId()).append(": ").append(v.getHelp()).append(' ')
            .append(v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).append('\n'));
        return text.toString();
    }

    private static Optional<Path> executable(String... names) {
        var path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(names)
            .flatMap(name -> Stream.of(path.split(":")).map(dir -> Path.of(dir, name)))
            .filter(Files::isExecutable)
            .map(p -> {
                try {
                    return p.toRealPath();
                }
                catch (IOException e) {
                    return p;
                }
            })
            .findFirst();
    }
}

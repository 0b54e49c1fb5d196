package de.kommunale2030.plattform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium for UI tests, and axe-core against WCAG 2.1 AA. Where no browser is
 * installed the tests are skipped, except in CI ({@code CI=true}), where that is a failure.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start(Path profile) {
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
        return new ChromeDriver(service, options);
    }

    public static void assertNoAxeViolations(ChromeDriver browser) {
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(browser);
        assertThat(results.getViolations()).as(() -> browser.getCurrentUrl() + "\n" + describe(results.getViolations()))
            .isEmpty();
        assertThat(results.getPasses()).as("axe-core actually ran its rules").isNotEmpty();
    }

    private static String describe(List<Rule> violations) {
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

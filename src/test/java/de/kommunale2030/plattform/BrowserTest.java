package de.kommunale2030.plattform;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Base of browser tests: the running platform and one headless Chromium per test class.
 */
public abstract class BrowserTest extends PlatformTest {

    protected static ChromeDriver browser;

    @BeforeAll
    static void startBrowser(@TempDir Path profile) {
        browser = Browser.start(profile);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected void open(String path) {
        browser.get("https://localhost:" + port + path);
    }
}

package de.kommunale2030.plattform;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;
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

    /** Hands the API client's session to the browser: the same sign-in, without typing a TOTP code. */
    protected void signInBrowserAs(PlatformClient client) {
        open("/");
        var session = client.sessionCookie();
        browser.manage().addCookie(new Cookie.Builder(session.getName(), session.getValue()).path("/").isSecure(true)
            .isHttpOnly(true).sameSite("Strict").build());
    }
}

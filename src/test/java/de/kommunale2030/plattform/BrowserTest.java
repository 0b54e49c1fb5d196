package de.kommunale2030.plattform;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    /** The visible text of the page's main content. */
    protected static String text() {
        return browser.findElement(By.tagName("main")).getText();
    }

    protected static void type(String id, String value) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Submits with the button labelled {@code label} and waits for the next page. */
    protected static void submit(String label) {
        clickAndWait(By.xpath("//button[normalize-space()='" + label + "']"));
    }

    /**
     * Clicks and waits until the next document has loaded, so that no assertion reads the old page:
     * every navigation starts a document with its own {@code performance.timeOrigin}.
     */
    protected static void clickAndWait(By target) {
        var before = browser.executeScript("return performance.timeOrigin");
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
            .until(driver -> !before.equals(browser.executeScript("return performance.timeOrigin"))
                    && "complete".equals(browser.executeScript("return document.readyState")));
    }
}

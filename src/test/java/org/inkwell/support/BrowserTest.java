package org.inkwell.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages in a real headless Chromium (Debian's chromium and chromium-driver). Where they are not
 * installed the browser tests are skipped, saying so, and every other test still runs.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    private int webPort;

    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium is not installed (apt-get install chromium chromium-driver): browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=412,915", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + webPort + path);
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    protected void submit(String css) {
        WebElement page = find("html");
        find(css).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> gone(page));
    }

    /** Clicks the button whose text contains {@code text}, and waits for the next page. */
    protected void submitButtonLabelled(String text) {
        WebElement page = find("html");
        browser.findElement(By.xpath("//button[contains(., \"" + text + "\")]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> gone(page));
    }

    /** Whether the element's document was replaced (Chromium reports it in two ways mid-navigation). */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException detached) {
            return detached.getMessage() != null && detached.getMessage().contains("does not belong to the document");
        }
    }

    protected void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    protected String heading() {
        return find("h1").getText();
    }

    /** axe-core on the page as shown: no serious or critical WCAG 2.2 AA violation. */
    protected void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(browser);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe)
                .toList();
        assertThat(serious).as("accessibility violations on " + browser.getCurrentUrl()).isEmpty();
    }

    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }
}

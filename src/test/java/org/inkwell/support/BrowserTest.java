package org.inkwell.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages in a real headless Chromium (Debian's chromium and chromium-driver). Where they are not
 * installed the browser tests are skipped, saying so, and every other test still runs.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(BrowserTest.class);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final AxeRunOptions AXE_OPTIONS = axeOptions();

    @LocalServerPort
    private int webPort;

    /** One Chromium for all the tests of a class: starting one costs seconds, a clean slate between tests does not. */
    private static ChromeDriver shared;
    /** The phone-sized window it starts with, given back to each test whatever the one before it set. */
    private static Dimension startSize;

    protected ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium is not installed (apt-get install chromium chromium-driver): browser tests skipped");
        shared = newBrowser();
    }

    private static ChromeDriver newBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=412,915",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver started = new ChromeDriver(service, options);
        startSize = started.manage().window().getSize();
        return started;
    }

    @AfterAll
    static void quitBrowser() {
        if (shared != null) {
            shared.quit();
            shared = null;
        }
    }

    /**
     * Each test meets the browser as if new: no page open (so no page's timers run on), no cookies (so no
     * session), one window at phone size. The pages keep nothing in web storage.
     */
    @BeforeEach
    void cleanSlate() throws IOException {
        try {
            shared.getWindowHandles();
        } catch (WebDriverException crashed) {
            // A browser that died in an earlier test is replaced, so one crash fails one test, not the class.
            try {
                shared.quit();
            } catch (WebDriverException alreadyGone) {
                log.warn("Chromium had already gone: {}", alreadyGone.getMessage());
            }
            shared = newBrowser();
        }
        browser = shared;
        String first = browser.getWindowHandles().iterator().next();
        for (String window : browser.getWindowHandles()) {
            if (!window.equals(first)) {
                browser.switchTo().window(window).close();
            }
        }
        browser.switchTo().window(first);
        browser.get("about:blank");
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        if (!browser.manage().window().getSize().equals(startSize)) {
            browser.manage().window().setSize(startSize);
        }
        browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
    }

    @AfterEach
    void leaveThePage() {
        if (browser != null) {
            browser.get("about:blank");
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + webPort + path);
    }

    /**
     * Moves the clock of the page shown forward, as {@link TestClock} moves the service's: the page's scripts
     * (a kiosk's countdown and its idle logout, which read {@code Date.now()}) see that much more time gone at
     * their next tick. A new page starts on the real clock again.
     */
    protected void advancePageClock(Duration duration) {
        browser.executeScript("""
                var now = Date.now;
                var moved = function () { return moved.real() + moved.offset; };
                moved.real = now.real || now.bind(Date);
                moved.offset = (now.offset || 0) + arguments[0];
                Date.now = moved;
                """, duration.toMillis());
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /** A wait that looks again every 50 ms (Selenium's default is 500), so no step idles for a page long there. */
    protected WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(browser, timeout, POLL);
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    protected void submit(String css) {
        WebElement page = find("html");
        find(css).click();
        waitUpTo(Duration.ofSeconds(15)).until(driver -> gone(page));
    }

    /** Clicks the button whose text contains {@code text}, and waits for the next page. */
    protected void submitButtonLabelled(String text) {
        WebElement page = find("html");
        browser.findElement(By.xpath("//button[contains(., \"" + text + "\")]")).click();
        waitUpTo(Duration.ofSeconds(15)).until(driver -> gone(page));
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

    /**
     * The elements the page shows now, without the implicit wait, which would spend its whole 2 seconds on
     * every check that something is absent. The driver waits for a page being loaded before it looks.
     */
    protected List<WebElement> findNow(By by) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(by);
        } finally {
            browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
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

    /**
     * axe-core on the page as shown: no serious or critical WCAG 2.2 AA violation. axe runs in the page itself
     * (its legacy mode): the pages have no frames, so the default's extra blank window, second injection of
     * axe and hand-over of partial results add time and nothing else. Looking for frames to inject into must
     * not sit out the implicit wait. Every rule of the tags runs; only violations come back in full (the
     * passes, which nothing reads, come back one element each instead of every element of the page).
     */
    protected void assertAccessible() {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        Results results;
        try {
            results = new AxeBuilder().withOptions(AXE_OPTIONS).setLegacyMode(true).analyze(browser);
        } finally {
            browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
        assertThat(results.isErrored()).as("axe ran on " + browser.getCurrentUrl() + ": " + results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses()).as("axe checked rules on " + browser.getCurrentUrl()).isNotEmpty();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe)
                .toList();
        assertThat(serious).as("accessibility violations on " + browser.getCurrentUrl()).isEmpty();
    }

    private static AxeRunOptions axeOptions() {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"));
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        options.setResultTypes(List.of("violations"));
        return options;
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

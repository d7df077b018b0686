package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the browser tests, and the sign-in form as a person fills it. Skips
 * the test where Chromium is absent, except in CI ({@code CI} set), where a missing browser fails.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver browser;
    final WebDriverWait wait;

    private HeadlessChromium(ChromeDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    static HeadlessChromium start() {
        return start(1280, "en");
    }

    /** A browser of that window width whose Accept-Language is {@code language}. */
    static HeadlessChromium start(int width, String language) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null) {
            assertThat(installed)
                    .as("CI must install chromium and chromium-driver")
                    .isTrue();
        }
        assumeTrue(installed, "Chromium is not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        try {
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=" + width + ",900",
                    "--lang=" + language,
                    "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        if (width < 500) {
            // a desktop window is at least 500 px wide: a phone's viewport is emulated instead
            options.setExperimentalOption(
                    "mobileEmulation",
                    java.util.Map.of(
                            "deviceMetrics", java.util.Map.of("width", width, "height", 844, "pixelRatio", 1.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options));
    }

    /** Fills the sign-in form on the current page and submits it. */
    void submitLogin(String user, String password) {
        if (browser.findElements(By.id("login:username")).isEmpty()) {
            // seen once on PostgreSQL: the sign-in page came without its form; say what it showed, load it again
            System.err.println("no sign-in form at " + browser.getCurrentUrl() + ", the page said: "
                    + browser.findElement(By.tagName("body")).getText());
            browser.navigate().refresh();
        }
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no sign-in form at " + browser.getCurrentUrl() + ": "
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
    }

    /**
     * Until {@code element} has left the page (the page was replaced). Chromium reports a node of the
     * old document either as stale or as "does not belong to the document"; both mean gone.
     */
    static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException stale) {
                return true;
            }
        };
    }

    /** Opens a protected page, is sent to sign in, signs in with the demo password and lands on it. */
    void signIn(String user, String page) {
        browser.get(FundServer.BASE + page);
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        submitLogin(user, FundServer.DEMO_PASSWORD);
        // the sign-in address names the page too (next=...): wait until the browser has left it
        wait.until(ExpectedConditions.and(
                ExpectedConditions.urlContains(page),
                ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml"))));
    }

    /** The address a GET form on the page would open: its action with every named field's value. */
    String formUrl(String formId) {
        WebElement form = browser.findElement(By.id(formId));
        StringBuilder url = new StringBuilder(form.getAttribute("action"));
        char separator = '?';
        for (WebElement input : form.findElements(By.cssSelector("input[name]"))) {
            url.append(separator)
                    .append(input.getAttribute("name"))
                    .append('=')
                    .append(URLEncoder.encode(input.getAttribute("value"), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    /** Fetches {@code url} (absolute, or a path on the server) in the browser's signed-in session. */
    HttpResponse<byte[]> download(String url) {
        URI uri = url.startsWith("http") ? URI.create(url) : FundServer.uri(url);
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        return FundServer.sendForBytes(request);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, to look at after a run. */
    void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The critical and serious WCAG 2.1 A/AA violations axe-core finds on the current page, one line
     * each (rule, impact, the elements), empty when there are none.
     */
    List<String> accessibilityViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.isErrored()).as("axe-core ran").isFalse();
        return results.getViolations().stream()
                .filter(r -> "critical".equals(r.getImpact()) || "serious".equals(r.getImpact()))
                .map(r -> r.getImpact() + " " + r.getId() + " (" + r.getHelp() + ") at "
                        + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .limit(5)
                                .toList())
                .toList();
    }

    @Override
    public void close() {
        browser.quit();
    }
}

package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does: signs in, opens the thematic areas, downloads the PDF. Headless Debian
 * Chromium. Skips where Chromium is absent; CI installs it, so there it runs.
 */
class ThematicAreasBrowserIT {

    private HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start();
        browser = chromium.browser;
        wait = chromium.wait;
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOfficerSignsInSeesTheThematicAreasAndDownloadsThePdf() {
        browser.get(FundServer.BASE + "/account.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));

        chromium.submitLogin("officer", FundServer.DEMO_PASSWORD);

        // the sign-in address names the page it returns to: wait for the account page's content
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountUsername")));
        assertThat(browser.findElement(By.id("accountUsername")).getText()).isEqualTo("officer");
        assertThat(browser.findElement(By.id("accountRoles")).getText()).isEqualTo("Fund secretariat officer");

        browser.findElement(By.id("navThematicAreas")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("areas")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#areas_data > tr"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).getText()).startsWith("TA1").contains("Obj. 17");
        assertThat(rows.get(4).getText()).contains("Improving the social inclusion and integration of migrants");
        assertThat(browser.findElement(By.id("navAccount")).getText()).contains("Amina Diallo");

        WebElement download = browser.findElement(By.id("downloadPdf"));
        String href = download.getAttribute("href");
        assertThat(href).endsWith("/api/v1/thematic-areas.pdf");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> pdf = FundServer.sendForBytes(FundServer.request("/api/v1/thematic-areas.pdf")
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .GET());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheLoginFormWithAClearMessage() {
        browser.get(FundServer.BASE + "/login.xhtml");
        chromium.submitLogin("officer", "wrong-password");

        WebElement messages = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:messages")));
        assertThat(messages.getText()).contains("Wrong user name or password.");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        assertThat(browser.findElements(By.id("navAccount"))).isEmpty();
    }

    @Test
    void signingOutEndsTheSession() {
        browser.get(FundServer.BASE + "/login.xhtml?next=/account.xhtml");
        chromium.submitLogin("auditor", FundServer.DEMO_PASSWORD);
        // the sign-in address itself contains "next=/account.xhtml": wait for the account page's content
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountUsername")));
        assertThat(browser.getCurrentUrl()).contains("/account.xhtml").doesNotContain("login");

        browser.findElement(By.id("signOutForm:signOut")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("navSignIn")));

        browser.get(FundServer.BASE + "/account.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }
}

package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A donor state's user signs in, sees its dashboard (figures equal to the API's), and downloads its
 * contributor statement; the PDF's text (pdftotext) shows the same US dollar total as the API.
 */
class ContributorDashboardBrowserIT {

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
    void theDepositsTableSortsByDateBothWays() {
        chromium.signIn("deu.donor", "/contributor/dashboard.xhtml");
        List<String> dates = FundServer.array(FundServer.getAs("deu.donor", "/api/v1/contributors/DEU/deposits"))
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .map(d -> java.time.LocalDate.parse(d.getString("receivedOn")))
                .sorted()
                .map(ContributorDashboardBrowserIT::englishDate)
                .toList();
        By header = By.cssSelector("#depositsForm\\:deposits th.ui-sortable-column");
        By firstDate = By.cssSelector("#depositsForm\\:deposits_data > tr:first-child > td:first-child");

        wait.until(ExpectedConditions.elementToBeClickable(header)).click();
        wait.until(ExpectedConditions.attributeToBe(header, "aria-sort", "ascending"));
        wait.until(ExpectedConditions.textToBe(firstDate, dates.get(0)));
        wait.until(ExpectedConditions.elementToBeClickable(header)).click();
        wait.until(ExpectedConditions.attributeToBe(header, "aria-sort", "descending"));
        wait.until(ExpectedConditions.textToBe(firstDate, dates.get(dates.size() - 1)));

        assertThat(browser.getPageSource())
                .doesNotContain("Internal Server Error")
                .doesNotContain("UnsupportedOperationException");
        assertThat(browser.findElement(By.cssSelector("#depositsForm\\:deposits th.ui-sortable-column"))
                        .getAttribute("aria-sort"))
                .isEqualTo("descending");
    }

    @Test
    void aContributorSeesItsDashboardAndItsStatementShowsTheSameUsdTotalAsTheApi() throws Exception {
        browser.get(FundServer.BASE + "/contributor/dashboard.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        chromium.submitLogin("deu.donor", FundServer.DEMO_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("depositedUsd")));

        jakarta.json.JsonObject api = FundServer.object(FundServer.getAs("deu.donor", "/api/v1/contributors/DEU"))
                .getJsonObject("summary");
        String apiTotal = usd(api.getJsonNumber("depositedUsd").bigDecimalValue());
        assertThat(browser.findElement(By.id("contributorName")).getText()).isEqualTo("Germany");
        assertThat(browser.findElement(By.id("depositedUsd")).getText()).isEqualTo(apiTotal);
        assertThat(browser.findElement(By.id("feeUsd")).getText())
                .isEqualTo(usd(api.getJsonNumber("feeUsd").bigDecimalValue()));
        int agreements = FundServer.array(FundServer.getAs("deu.donor", "/api/v1/contributors/DEU/agreements"))
                .size();
        assertThat(browser.findElements(By.cssSelector("#agreementsForm\\:agreements_data > tr")))
                .hasSize(agreements);
        assertThat(browser.findElements(By.cssSelector("#depositsChart rect"))).isNotEmpty();
        int deposits = FundServer.array(FundServer.getAs("deu.donor", "/api/v1/contributors/DEU/deposits"))
                .size();
        // the deposits table pages (20 a page, the latest first) and says how many there are
        assertThat(browser.findElement(By.id("depositsForm:deposits")).getText())
                .startsWith(deposits + " in all")
                .contains("EUR");
        assertThat(browser.findElements(By.cssSelector("#depositsForm\\:deposits_data > tr")))
                .hasSize(Math.min(20, deposits));

        HttpResponse<byte[]> pdf = chromium.download(chromium.formUrl("statementForm"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = MoneyAndDatesIT.pdfText(pdf.body());
        assertThat(text).contains("Contributor statement: Germany (DEU)");
        assertThat(text)
                .containsPattern(
                        "Total deposits to \\d{4}-\\d{2}-\\d{2} \\(USD\\): " + java.util.regex.Pattern.quote(apiTotal));
        assertThat(text).contains("MIG-DEU-2019-01").contains("Data SHA-256");
    }

    @Test
    void anotherContributorsDashboardAndStatementAreNotShown() {
        browser.get(FundServer.BASE + "/login.xhtml?next=/contributor/dashboard.xhtml");
        chromium.submitLogin("deu.donor", FundServer.DEMO_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("depositedUsd")));
        browser.get(FundServer.BASE + "/contributor/dashboard.xhtml?code=NOR");

        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboardProblem")))
                        .getText())
                .contains("There is no contributor NOR that you may see");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> pdf = FundServer.sendForBytes(FundServer.request("/contributor/statement.pdf?code=NOR")
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .GET());
        assertThat(pdf.statusCode()).isEqualTo(404);
    }

    /** A date as the English pages print it: {@code Feb 10, 2026}. */
    static String englishDate(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH)
                .format(date);
    }

    private static String usd(java.math.BigDecimal amount) {
        return new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US))
                .format(amount);
    }
}

package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The transparency page as the public and an auditor meet it: no sign-in needed, the API's figures,
 * the standing badge, French on request, axe-clean; the auditor downloads the PDF with the same total.
 */
class FundingStatusBrowserIT {

    private static final String PAGE = "/reference/funding-status.xhtml?asOf=2025-12-31";

    private HeadlessChromium chromium;

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static BigDecimal totalBalance() {
        JsonObject statement = FundServer.object(FundServer.get("/api/v1/public/funding-status?asOf=2025-12-31"));
        return statement.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("key").equals("totalBalance"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("amount")
                .bigDecimalValue();
    }

    private static String amount(BigDecimal value, Locale locale) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale)).format(value);
    }

    private String totalShown() {
        return chromium.browser
                .findElement(By.cssSelector("#fs-TOTAL-totalBalance td"))
                .getText();
    }

    @Test
    void thePublicReadsTheFundingStatusWithoutSigningInInEnglishAndFrench() {
        chromium = HeadlessChromium.start();
        BigDecimal total = totalBalance();

        chromium.browser.get(FundServer.BASE + PAGE);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fundingStatus")));
        assertThat(chromium.browser.getCurrentUrl()).doesNotContain("login");
        assertThat(chromium.browser.findElement(By.id("fsHeading")).getText())
                .contains("Funding status as of")
                .contains("2025");
        assertThat(chromium.browser.findElement(By.id("fsStanding")).getText()).isEqualTo("Interim");
        assertThat(totalShown()).isEqualTo(amount(total, Locale.ENGLISH));
        assertThat(chromium.browser.findElements(By.id("funding-status-pdf")))
                .as("downloads are for signed-in staff")
                .isEmpty();
        assertThat(chromium.browser.findElements(By.cssSelector("svg.fund-bars rect")))
                .hasSize(5);
        assertThat(chromium.browser
                        .findElement(By.cssSelector("#contributionsTotal td"))
                        .getText())
                .as("the contributors' rows add up to the table's contributions")
                .isEqualTo(chromium.browser
                        .findElement(By.cssSelector("#fs-WITH_ADMINISTRATIVE_AGENT-contributions td"))
                        .getText());
        assertThat(chromium.accessibilityViolations()).isEmpty();
        chromium.screenshot("funding-status-public-en");

        chromium.browser.get(FundServer.BASE + PAGE + "&lang=fr");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fundingStatus")));
        assertThat(chromium.browser.findElement(By.id("fsHeading")).getText()).contains("Situation du financement au");
        assertThat(chromium.browser.findElement(By.id("fsStanding")).getText()).isEqualTo("Provisoire");
        assertThat(totalShown().replaceAll("[\\u202F\\u00A0 ]", ""))
                .isEqualTo(amount(total, Locale.FRENCH).replaceAll("[\\u202F\\u00A0 ]", ""));
        assertThat(chromium.browser.findElement(By.id("fundingStatus")).getText())
                .contains("Solde auprès de l’Agent administratif");
        assertThat(chromium.accessibilityViolations()).isEmpty();
        chromium.screenshot("funding-status-public-fr");
    }

    @Test
    void theAuditorDownloadsThePdfWithTheSameTotal() throws Exception {
        chromium = HeadlessChromium.start();
        chromium.browser.get(FundServer.BASE + "/login.xhtml");
        chromium.submitLogin("auditor", FundServer.DEMO_PASSWORD);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("navFundingStatus")));
        chromium.browser.get(FundServer.BASE + PAGE);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("funding-status-pdf")));

        HttpResponse<byte[]> pdf = chromium.download(
                chromium.browser.findElement(By.id("funding-status-pdf")).getAttribute("href"));

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(MoneyAndDatesIT.pdfText(pdf.body())).contains(amount(totalBalance(), Locale.ENGLISH));
        chromium.screenshot("funding-status-auditor");
    }

    @Test
    void theAuditorDownloadsTheReportsAndTheEvidenceFromTheCatalogue() throws Exception {
        chromium = HeadlessChromium.start();
        chromium.browser.get(FundServer.BASE + "/login.xhtml");
        chromium.submitLogin("auditor", FundServer.DEMO_PASSWORD);
        chromium.wait
                .until(ExpectedConditions.presenceOfElementLocated(By.id("navReports")))
                .click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fsForm")));
        assertThat(chromium.accessibilityViolations()).isEmpty();

        HttpResponse<byte[]> pdf = chromium.download(chromium.formUrl("fsForm") + "&format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(MoneyAndDatesIT.pdfText(pdf.body())).contains("Funding Status as of");
        HttpResponse<byte[]> csv = chromium.download(chromium.formUrl("fsForm") + "&format=csv");
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Total balance of funds");

        HttpResponse<byte[]> annual = chromium.download(chromium.formUrl("annualForm") + "&year=2025&format=pdf");
        assertThat(annual.statusCode()).isEqualTo(200);
        assertThat(MoneyAndDatesIT.pdfText(annual.body()))
                .contains("Consolidated annual financial report 2025")
                .contains("Total contributions");

        HttpResponse<byte[]> trail = chromium.download(
                chromium.formUrl("exportForm").replace("/audit/audit-export.zip", "/audit/audit-trail.pdf"));
        assertThat(trail.statusCode()).isEqualTo(200);
        assertThat(MoneyAndDatesIT.pdfText(trail.body())).contains("Chain verification: INTACT");

        HttpResponse<byte[]> export = chromium.download(chromium.formUrl("exportForm"));
        assertThat(export.statusCode()).isEqualTo(200);
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream zip =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(export.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("journal.csv", "audit-events.csv", "MANIFEST.sha256");

        HttpResponse<byte[]> iati = chromium.download(
                chromium.browser.findElement(By.id("iatiActivities")).getAttribute("href"));
        assertThat(new String(iati.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<iati-activities");

        chromium.browser.navigate().refresh();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:register")));
        String sha = pdf.headers().firstValue("X-Content-SHA256").orElseThrow();
        assertThat(chromium.browser.findElement(By.id("list:register")).getText())
                .contains(sha);
        chromium.screenshot("reports-auditor");
    }

    @Test
    void theAuditorGeneratesTheAuditTrailInTheBackgroundAndDownloadsItWhenReady() throws Exception {
        chromium = HeadlessChromium.start();
        chromium.signIn("auditor", "/audit/reports.xhtml");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("jobForm:startTrail")));

        chromium.browser.findElement(By.id("jobForm:startTrail")).click();
        try {
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("jobProgress")));
        } catch (org.openqa.selenium.TimeoutException e) {
            chromium.screenshot("reports-background-job-failed");
            throw new AssertionError(
                    chromium.browser.findElement(By.id("jobForm")).getAttribute("outerHTML"), e);
        }
        new org.openqa.selenium.support.ui.WebDriverWait(chromium.browser, java.time.Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("jobForm:jobDownload")));
        assertThat(chromium.browser.findElement(By.id("jobProgress")).getAttribute("aria-valuenow"))
                .isEqualTo("100");
        assertThat(chromium.browser.findElement(By.id("jobState")).getText()).contains("ready");
        assertThat(chromium.accessibilityViolations()).isEmpty();
        chromium.screenshot("reports-background-job");

        HttpResponse<byte[]> pdf = chromium.download(
                chromium.browser.findElement(By.id("jobForm:jobDownload")).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(MoneyAndDatesIT.pdfText(pdf.body())).contains("Chain verification: INTACT");
    }
}

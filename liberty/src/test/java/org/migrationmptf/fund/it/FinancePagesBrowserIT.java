package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Administrative Agent's finance pages, clicked: a second finance user verifies a deposit from the
 * inbox (the maker cannot), imports a rate file, and reads a trial balance that balances.
 */
class FinancePagesBrowserIT {

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
    void aSecondFinanceUserVerifiesADepositFromTheInboxAndTheMakerCannot() {
        long agreement = ContributionsIT.agreement("DEU", "2026-02-01", "USD", "2500.00", "2026-03-31");
        int deposit = ContributionsIT.created(
                        ContributionsIT.record(agreement, "2026-02-10", "2500.00", "USD", ContributionsIT.key()))
                .getInt("id");

        chromium.signIn("finance", "/finance/deposits.xhtml");
        WebElement makersRow = row(deposit);
        assertThat(makersRow.findElements(By.cssSelector("button[id$=':verify']")))
                .as("no verify button on the maker's own deposit")
                .isEmpty();
        assertThat(makersRow.getText()).contains("You recorded it");

        browser.manage().deleteAllCookies();
        chromium.signIn("finance2", "/finance/deposits.xhtml");
        WebElement verify = row(deposit).findElement(By.cssSelector("button[id$=':verify']"));
        verify.click();
        // first a confirmation with what will post, with the bank reference and who recorded it
        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertThat(confirmation.getText())
                .contains("Post deposit " + deposit + "?")
                .contains("USD 2,500.00")
                .contains("Recorded by")
                .contains("finance");
        assertThat(FundServer.object(FundServer.getAs("auditor", "/api/v1/deposits/" + deposit))
                        .getString("status"))
                .as("nothing posts before the confirmation")
                .isEqualTo("RECORDED");
        WebElement post = browser.findElement(By.id("confirm:post"));
        post.click();
        wait.until(HeadlessChromium.gone(post));

        WebElement messages = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
        assertThat(messages.getText()).contains("Deposit " + deposit + " verified and posted");
        assertThat(FundServer.object(FundServer.getAs("auditor", "/api/v1/deposits/" + deposit))
                        .getString("status"))
                .isEqualTo("POSTED");
    }

    @Test
    void aSecondFinanceUserRejectsADepositWithAReason() {
        long agreement = ContributionsIT.agreement("DEU", "2026-02-01", "USD", "400.00", "2026-03-31");
        int deposit = ContributionsIT.created(
                        ContributionsIT.record(agreement, "2026-02-11", "400.00", "USD", ContributionsIT.key()))
                .getInt("id");
        chromium.signIn("finance2", "/finance/deposits.xhtml");

        WebElement row = row(deposit);
        row.findElement(By.cssSelector("input[id$=':reason']")).sendKeys("duplicate of the bank's advice");
        WebElement reject = row.findElement(By.cssSelector("button[id$=':reject']"));
        reject.click();
        wait.until(HeadlessChromium.gone(reject));

        assertThat(browser.findElement(By.id("messages")).getText()).contains("Deposit " + deposit + " rejected");
        jakarta.json.JsonObject rejected =
                FundServer.object(FundServer.getAs("auditor", "/api/v1/deposits/" + deposit));
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("rejectionReason")).isEqualTo("duplicate of the bank's advice");
    }

    @Test
    void financeRecordsADepositThroughTheFormWithItsConversionShown() {
        long agreement = ContributionsIT.agreement("CYP", "2026-02-01", "USD", "300.00", "2026-03-31");
        String reference = FundServer.object(FundServer.getAs("finance", "/api/v1/agreements/" + agreement))
                .getString("reference");
        chromium.signIn("finance", "/finance/deposits.xhtml");

        recordThroughTheForm(reference, "2026-02-10", "300.00", "CY-FORM-1");

        WebElement messages = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
        assertThat(messages.getText()).contains("recorded: USD 300.00 = USD 300.00 (fee 3.00)");
        assertThat(FundServer.array(FundServer.getAs("finance", "/api/v1/agreements/" + agreement + "/deposits")))
                .hasSize(1);
    }

    /** Fills the record form for a Cypriot USD agreement and saves it. */
    private void recordThroughTheForm(String reference, String receivedOn, String amount, String bankReference) {
        new Select(browser.findElement(By.id("record:contributor"))).selectByVisibleText("Cyprus");
        // the contributor's choice reloads the agreement menu's options (ajax)
        WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='record:agreement']/option[starts-with(., '" + reference + "')]")));
        new Select(browser.findElement(By.id("record:agreement"))).selectByVisibleText(option.getText());
        // choosing the agreement shows its currency beside the amount (ajax)
        wait.until(ExpectedConditions.textToBe(By.id("record:amountCurrency"), "USD"));
        // a date picker: the value is set as the picker sets it, then the change event fires
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("const e = document.getElementById('record:receivedOn'); e.value = '" + receivedOn + "';"
                        + " e.dispatchEvent(new Event('change', {bubbles: true}));");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record:amount")))
                .sendKeys(amount);
        browser.findElement(By.id("record:bankReference")).sendKeys(bankReference);
        browser.findElement(By.id("record:save")).click();
    }

    /** Closes a month of 2000 (no other test posts into that year) four-eyes, unless a run before did. */
    private static void closed(String month) {
        String period = "/api/v1/ledger/periods/" + month;
        if (FundServer.object(Api.as("auditor").get(period)).getString("status").equals("CLOSED")) {
            return;
        }
        HttpResponse<String> prepared = Api.as("finance").post(period + "/closure");
        assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(202);
        String id = String.valueOf(FundServer.object(prepared).getInt("id"));
        HttpResponse<String> approved = Api.as("finance2").idempotent().post("/api/v1/approvals/" + id + "/approval");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(FundServer.object(Api.as("auditor").get(period)).getString("status"))
                .isEqualTo("CLOSED");
    }

    @Test
    void aDepositDatedInAClosedMonthIsRefusedOnThePageAndNothingIsKept() {
        closed("2000-03");
        long agreement = ContributionsIT.agreement("CYP", "2000-01-05", "USD", "700.00", "2000-06-30");
        String reference = FundServer.object(FundServer.getAs("finance", "/api/v1/agreements/" + agreement))
                .getString("reference");
        chromium.signIn("finance", "/finance/deposits.xhtml");

        recordThroughTheForm(reference, "2000-03-20", "700.00", "CY-CLOSED-1");

        WebElement messages = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
        assertThat(messages.getText()).contains("The period 2000-03 is closed: nothing can be posted into it.");
        chromium.screenshot("deposit-closed-period-refused");
        assertThat(FundServer.array(FundServer.getAs("finance", "/api/v1/agreements/" + agreement + "/deposits")))
                .as("nothing is kept")
                .isEmpty();
    }

    @Test
    void aRateFileIsImportedFromThePageAndTheTrialBalanceBalances() throws Exception {
        chromium.signIn("finance", "/finance/exchange-rates.xhtml");
        Path csv = Files.createTempFile("rates", ".csv");
        Files.writeString(csv, "currency,month,units_per_usd\nSEK,2018-03,8.210000\n");
        browser.findElement(By.id("rates:file")).sendKeys(csv.toString());
        WebElement importButton = browser.findElement(By.id("rates:import"));
        importButton.click();
        wait.until(HeadlessChromium.gone(importButton));
        List<WebElement> shown = browser.findElements(By.cssSelector("#messages li"));
        assertThat(shown)
                .as("messages after the import on " + browser.getCurrentUrl() + ":\n" + browser.getPageSource())
                .isNotEmpty();
        assertThat(shown.get(0).getText()).containsAnyOf("1 rate(s) added", "1 already on file");

        browser.get(FundServer.BASE + "/ledger/trial-balance.xhtml?asOf=2025-12-31");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tbDifference")))
                        .getText())
                .isEqualTo("0.00");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Trial balance as of Dec 31, 2025");
    }

    private WebElement row(int deposit) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox:pending")));
        // the inbox is paged oldest first, as a person works through it: the newest come first
        // when the number column is sorted descending (two clicks on its header)
        By number = By.cssSelector("#inbox\\:pending th.ui-sortable-column");
        for (String order : List.of("ascending", "descending")) {
            wait.until(ExpectedConditions.elementToBeClickable(number)).click();
            wait.until(ExpectedConditions.attributeToBe(number, "aria-sort", order));
        }
        return browser.findElements(By.cssSelector("#inbox\\:pending_data > tr")).stream()
                .filter(r -> r.getText().startsWith(deposit + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("deposit " + deposit + " is not in the inbox"));
    }
}

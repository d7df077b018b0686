package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
 * The grant side, clicked: the officer reads what the area has available on the programme page and
 * prepares an allocation; one cent too much is refused on the page; a different user, the approver,
 * approves it from the approval inbox; the programme page then shows it allocated.
 */
class GrantsBrowserIT {

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

    private void openProgramme(String code) {
        browser.get(FundServer.BASE + "/staff/programme.xhtml?code=" + code);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("programmeTitle")));
    }

    private void prepare(String amount, String decision) {
        new Select(browser.findElement(By.id("allocate:puno"))).selectByValue("UNICEF");
        WebElement field = browser.findElement(By.id("allocate:amount"));
        field.clear();
        field.sendKeys(amount);
        WebElement number = browser.findElement(By.id("allocate:decision"));
        number.clear();
        number.sendKeys(decision);
        WebElement submit = browser.findElement(By.id("allocate:prepare"));
        submit.click();
        wait.until(HeadlessChromium.gone(submit));
    }

    @Test
    void anOfficerPreparesAnAllocationAndADifferentApproverApprovesItInTheInbox() {
        // UNICEF's budget: 5,000.00 direct + 350.00 ISC = 5,350.00
        String code = Grants.approvedProgramme("TA5", List.of(Grants.line("UNICEF", "6", 2026, "5000.00")));
        String decision = Grants.decision("ALLOCATE");

        chromium.signIn("officer", "/staff/programmes.xhtml");
        openProgramme(code);
        assertThat(browser.findElement(By.id("allocate:area")).getAttribute("value"))
                .as("charged to the programme's own area unless another is chosen")
                .isEqualTo("TA5");
        assertThat(browser.findElement(By.id("allocate:availableText")).getText())
                .contains("TA5 may still allocate USD " + Grants.formatted(Grants.available("TA5")));
        prepare("5,350.01", decision);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                        .getText())
                .contains("at most USD 5350.00 more can be allocated");
        assertThat(FundServer.object(FundServer.getAs("auditor", "/api/v1/allocations?programme=" + code))
                        .getJsonNumber("total")
                        .longValue())
                .isZero();

        prepare("5,350.00", decision);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                        .getText())
                .contains("Allocation of USD 5,350.00 to UNICEF prepared");
        JsonObject prepared = FundServer.object(FundServer.getAs("auditor", "/api/v1/allocations?programme=" + code))
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(prepared.getString("status")).isEqualTo("PENDING");
        assertThat(prepared.getString("thematicArea")).isEqualTo("TA5");
        chromium.screenshot("allocation-prepared");

        browser.manage().deleteAllCookies();
        chromium.signIn("approver", "/work/approvals.xhtml");
        long approval = Grants.approvalOf(prepared.getJsonNumber("id").longValue());
        // the inbox is oldest first: the newest approval is on its last page
        for (WebElement last : browser.findElements(By.cssSelector(".ui-paginator-last:not(.ui-state-disabled)"))) {
            if (last.isDisplayed()) {
                WebElement table = browser.findElement(By.id("pending:inbox"));
                last.click();
                wait.until(ExpectedConditions.textToBePresentInElement(table, Long.toString(approval)));
                break;
            }
        }
        WebElement ask = browser.findElements(By.cssSelector("button[id$=':approveAsk']")).stream()
                .filter(b -> b.findElement(By.xpath("ancestor::tr")).getText().startsWith(Long.toString(approval)))
                .findFirst()
                .orElseThrow();
        ask.click();
        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmText")));
        assertThat(confirmation.getText())
                .contains("Allocate USD 5350.00 to UNICEF in " + code)
                .contains("officer");
        WebElement approve = browser.findElement(By.id("confirm:approve"));
        approve.click();
        wait.until(HeadlessChromium.gone(approve));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                        .getText())
                .contains("Approved: Allocate USD 5350.00 to UNICEF");

        openProgramme(code);
        assertThat(browser.findElement(By.id("allocatedTotal")).getText()).isEqualTo("5,350.00");
        assertThat(browser.findElement(By.id("allocationList:allocations")).getText())
                .contains("5,350.00")
                .contains("Approved")
                .contains("approver");
        chromium.screenshot("allocation-approved");
        assertThat(chromium.accessibilityViolations()).isEmpty();
    }

    @Test
    void aPunoReporterUploadsExpenditureAndSeesEveryBadLine() throws Exception {
        String programme = Grants.fundedAndTransferred("TA1", "7490.00");
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("expenditure-bad", ".csv");
        java.nio.file.Files.writeString(bad, "year,category,amount\n2026,1,1000.00\n2031,1,5.00\n2026,9,10.00\n");
        java.nio.file.Path good = java.nio.file.Files.createTempFile("expenditure", ".csv");
        java.nio.file.Files.writeString(good, "year,category,amount\n2026,1,5000.00\n2026,ISC,350.00\n");

        chromium.signIn("iom.reporter", "/work/reporting.xhtml");
        upload(programme, bad);
        String errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                .getText();
        assertThat(errors)
                .contains("Line 3: the year 2031 is outside the programme (2026-2027)")
                .contains("Line 4: '9' is not a UN budget category (1 to 7, or ISC)");
        assertThat(Grants.funding(programme, "IOM").getJsonNumber("expenditure").toString())
                .as("nothing kept")
                .isEqualTo("0.00");
        chromium.screenshot("expenditure-refused");
        assertThat(chromium.accessibilityViolations()).isEmpty();

        upload(programme, good);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                        .getText())
                .contains("2 lines kept for " + programme + ": USD 5,350.00");
        assertThat(browser.findElement(By.id("list:reports")).getText())
                .contains(programme)
                .contains("5,350.00");
        assertThat(Grants.funding(programme, "IOM").getJsonNumber("expenditure").toString())
                .isEqualTo("5350.00");
        chromium.screenshot("expenditure-kept");
    }

    @Test
    void anOfficerScreensAConceptNoteAndInstructsATransferSeeingTheRoomFirst() {
        long note = Grants.conceptNote();
        chromium.signIn("officer", "/staff/concept-notes.xhtml");
        WebElement field = browser.findElement(By.id("decide:note"));
        field.sendKeys(Long.toString(note));
        new Select(browser.findElement(By.id("decide:target"))).selectByValue("REJECTED");
        WebElement save = browser.findElement(By.id("decide:save"));
        save.click();
        wait.until(HeadlessChromium.gone(save));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                        .getText())
                .containsIgnoringCase("a rejected concept note gives the reason for it");
        browser.findElement(By.id("decide:note")).clear();
        browser.findElement(By.id("decide:note")).sendKeys(Long.toString(note));
        new Select(browser.findElement(By.id("decide:target"))).selectByValue("SCREENED");
        save = browser.findElement(By.id("decide:save"));
        save.click();
        wait.until(HeadlessChromium.gone(save));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                        .getText())
                .contains("Concept note " + note + " is now Screened");
        assertThat(FundServer.object(FundServer.getAs("auditor", "/api/v1/concept-notes/" + note))
                        .getString("status"))
                .isEqualTo("SCREENED");
        chromium.screenshot("concept-note-screened");
        assertThat(chromium.accessibilityViolations()).isEmpty();

        // IOM: 10,700.00 allocated, 3,000.00 transferred, nothing reported spent
        String programme = Grants.fundedAndTransferred("TA3", "3000.00");
        openProgramme(programme);
        assertThat(browser.findElement(By.id("instruct:roomText")).getText())
                .contains("IOM may still be instructed USD 7,700.00: this would be tranche 2");
        assertThat(browser.findElement(By.id("trancheWaits")).getText())
                .contains("70.00 % of what was instructed is spent (USD 2,100.00)");
        WebElement amount = browser.findElement(By.id("instruct:amount"));
        amount.sendKeys("1,000.00");
        WebElement prepare = browser.findElement(By.id("instruct:prepare"));
        prepare.click();
        wait.until(HeadlessChromium.gone(prepare));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                        .getText())
                .contains("70 % (USD 2100.00) spent");
        HttpResponse<String> spent =
                Grants.uploadExpenditure(programme, "INTERIM", "year,category,amount\n2026,1,2100.00\n");
        assertThat(spent.statusCode()).as(spent.body()).isEqualTo(201);
        openProgramme(programme);
        assertThat(browser.findElements(By.id("trancheWaits"))).isEmpty();
        browser.findElement(By.id("instruct:amount")).sendKeys("1,000.00");
        prepare = browser.findElement(By.id("instruct:prepare"));
        prepare.click();
        wait.until(HeadlessChromium.gone(prepare));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                        .getText())
                .contains("The transfer of USD 1,000.00 to IOM (tranche 2) is prepared");
        assertThat(browser.findElement(By.id("transferList:transfers")).getText())
                .contains("1,000.00")
                .contains("Awaiting approval")
                .contains("3,000.00")
                .contains("Transferred");
        chromium.screenshot("transfer-instructed");
        assertThat(chromium.accessibilityViolations()).isEmpty();
    }

    @Test
    void financeExecutesAnApprovedInstructionFromItsTransfersPage() {
        Grants.earmarkedDeposit("TA2", "2000.00");
        String programme = Grants.approvedProgramme("TA2", List.of(Grants.line("IOM", "1", 2026, "1000.00")));
        Grants.allocated(programme, "IOM", "1070.00", Grants.decision("ALLOCATE"));
        long instruction = Grants.approvedInstruction(programme, "IOM", "642.10");

        chromium.signIn("finance", "/finance/transfers.xhtml");
        assertThat(browser.findElement(By.id("list:transfers")).getText())
                .as("the approved instructions wait here")
                .contains(programme)
                .contains("642.10");
        assertThat(chromium.accessibilityViolations()).isEmpty();
        browser.findElement(By.id("execute:instruction")).sendKeys(Long.toString(instruction));
        WebElement run = browser.findElement(By.id("execute:run"));
        run.click();
        wait.until(HeadlessChromium.gone(run));

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                        .getText())
                .contains("USD 642.10 transferred to IOM for " + programme);
        assertThat(Grants.funding(programme, "IOM").getJsonNumber("transferred").bigDecimalValue())
                .isEqualByComparingTo("642.10");
        browser.findElement(By.id("execute:instruction")).sendKeys(Long.toString(instruction));
        run = browser.findElement(By.id("execute:run"));
        run.click();
        wait.until(HeadlessChromium.gone(run));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                        .getText())
                .as("executed once")
                .contains("instruction " + instruction + " was executed on");
        assertThat(Grants.funding(programme, "IOM").getJsonNumber("transferred").bigDecimalValue())
                .isEqualByComparingTo("642.10");
        chromium.screenshot("transfer-executed");

        // the PUNO refunds part of it: one cent above what it holds unspent is refused, then 42.10 posts
        recordRefund(programme, "642.11");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                        .getText())
                .contains("642.10");
        recordRefund(programme, "42.10");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")))
                        .getText())
                .contains("Refund of unspent balance of USD 42.10 from IOM for " + programme + " recorded");
        JsonObject iom = Grants.funding(programme, "IOM");
        assertThat(iom.getJsonNumber("refunded").bigDecimalValue()).isEqualByComparingTo("42.10");
        assertThat(iom.getJsonNumber("netFunded").bigDecimalValue()).isEqualByComparingTo("600.00");
        assertThat(chromium.accessibilityViolations()).isEmpty();
    }

    private void recordRefund(String programme, String amount) {
        browser.get(FundServer.BASE + "/finance/transfers.xhtml");
        new Select(browser.findElement(By.id("returned:kind"))).selectByValue("REFUND");
        browser.findElement(By.id("returned:programme")).sendKeys(programme);
        browser.findElement(By.id("returned:puno")).sendKeys("IOM");
        browser.findElement(By.id("returned:amount")).sendKeys(amount);
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('returned:valueDate').value = arguments[0];",
                        java.time.LocalDate.now().toString());
        browser.findElement(By.id("returned:reference")).sendKeys(Grants.unique("REF"));
        WebElement record = browser.findElement(By.id("returned:record"));
        record.click();
        wait.until(HeadlessChromium.gone(record));
    }

    private void upload(String programme, java.nio.file.Path file) {
        new Select(browser.findElement(By.id("report:programme"))).selectByValue(programme);
        new Select(browser.findElement(By.id("report:kind"))).selectByValue("ANNUAL");
        browser.findElement(By.id("report:file")).sendKeys(file.toAbsolutePath().toString());
        WebElement submit = browser.findElement(By.id("report:submit"));
        submit.click();
        wait.until(HeadlessChromium.gone(submit));
    }
}

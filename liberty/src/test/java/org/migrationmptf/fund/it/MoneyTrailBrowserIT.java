package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Where the money went, as a donor and the secretariat meet it: the donor lands on its own trail from
 * the menu, with the API's amount, a flow chart and every step adding up to the one above it; another
 * donor's trail is refused with a message; the officer follows a thematic area and downloads its PDF.
 */
class MoneyTrailBrowserIT {

    private HeadlessChromium chromium;

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Each row's amount is the sum of the rows one level below it until the next row at its level. */
    private void assertEveryStepAddsUp() {
        List<WebElement> rows = chromium.browser.findElements(By.cssSelector("#mtSteps tbody tr"));
        List<Integer> depths = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (WebElement row : rows) {
            depths.add(Integer.parseInt(row.getAttribute("data-depth")));
            amounts.add(new BigDecimal(row.getAttribute("data-amount")));
        }
        assertThat(rows).hasSizeGreaterThan(2);
        for (int i = 0; i < rows.size(); i++) {
            BigDecimal children = BigDecimal.ZERO;
            boolean any = false;
            for (int j = i + 1; j < rows.size() && depths.get(j) > depths.get(i); j++) {
                if (depths.get(j) == depths.get(i) + 1) {
                    children = children.add(amounts.get(j));
                    any = true;
                }
            }
            if (any) {
                assertThat(children).as("row " + i).isEqualByComparingTo(amounts.get(i));
            }
        }
    }

    @Test
    void aDonorFollowsItsOwnMoneyFromTheMenuAndNotAnotherDonors() {
        JsonObject api = FundServer.object(Api.as("deu.donor").get("/api/v1/reports/money-trail?contributor=DEU"));
        BigDecimal followed = api.getJsonObject("root").getJsonNumber("amount").bigDecimalValue();
        chromium = HeadlessChromium.start();
        chromium.browser.get(FundServer.BASE + "/login.xhtml");
        chromium.submitLogin("deu.donor", FundServer.DEMO_PASSWORD);
        chromium.wait
                .until(ExpectedConditions.presenceOfElementLocated(By.id("navMoneyTrail")))
                .click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mtSteps")));

        assertThat(chromium.browser.findElement(By.id("mtHeading")).getText()).contains("Germany");
        assertThat(new BigDecimal(
                        chromium.browser.findElement(By.id("mt-step-0")).getAttribute("data-amount")))
                .isEqualByComparingTo(followed);
        assertThat(chromium.browser.findElements(By.cssSelector("svg.fund-bars rect")))
                .hasSize(4);
        assertThat(chromium.browser.findElements(By.id("area")))
                .as("a donor chooses among its deposits, not other donors")
                .isEmpty();
        assertThat(chromium.browser.findElements(By.cssSelector("#mtSteps a")))
                .as("the records behind the steps are the fund's, not the donor's")
                .isEmpty();
        assertEveryStepAddsUp();
        assertThat(chromium.accessibilityViolations()).isEmpty();
        chromium.screenshot("money-trail-donor");

        // one of its deposits, chosen from its own list: the trail follows that deposit's net
        org.openqa.selenium.support.ui.Select deposits =
                new org.openqa.selenium.support.ui.Select(chromium.browser.findElement(By.id("deposit")));
        assertThat(deposits.getOptions()).hasSizeGreaterThan(1);
        deposits.selectByIndex(1);
        String id = deposits.getFirstSelectedOption().getAttribute("value");
        WebElement before = chromium.browser.findElement(By.id("mtSteps"));
        chromium.browser.findElement(By.id("show")).click();
        chromium.wait.until(HeadlessChromium.gone(before));
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mtSteps")));
        JsonObject deposit = FundServer.object(Api.as("deu.donor").get("/api/v1/deposits/" + id));
        assertThat(new BigDecimal(
                        chromium.browser.findElement(By.id("mt-step-0")).getAttribute("data-amount")))
                .isEqualByComparingTo(deposit.getJsonNumber("netUsd").bigDecimalValue());
        assertEveryStepAddsUp();

        chromium.browser.get(FundServer.BASE + "/trail/money-trail.xhtml?contributor=NOR");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mtEmpty")));
        assertThat(chromium.browser.findElement(By.tagName("body")).getText()).doesNotContain("Norway");
        assertThat(chromium.browser.findElements(By.id("mtSteps"))).isEmpty();
    }

    @Test
    void theOfficerFollowsAThematicAreaAndDownloadsItsPdf() throws Exception {
        chromium = HeadlessChromium.start();
        chromium.signIn("officer", "/trail/money-trail.xhtml?area=TA4");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mtSteps")));
        assertThat(new org.openqa.selenium.support.ui.Select(chromium.browser.findElement(By.id("area")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("TA4");
        assertEveryStepAddsUp();
        assertThat(chromium.browser.findElement(By.id("mtSteps")).getText())
                .contains("Allocated")
                .contains("Spent");
        String programme = chromium.browser
                .findElement(By.cssSelector("#mtSteps tr.fund-trail-ALLOCATION a"))
                .getAttribute("href");
        // the first allocation of the area may be a demo programme or one another test approved
        assertThat(programme).matches(".*/staff/programme\\.xhtml\\?code=[A-Z0-9-]+");
        assertThat(chromium.accessibilityViolations()).isEmpty();
        chromium.screenshot("money-trail-area");

        HttpResponse<byte[]> pdf = chromium.download(
                chromium.browser.findElement(By.id("money-trail-pdf")).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        String followed =
                chromium.browser.findElement(By.cssSelector("#mtFollowed td")).getText();
        assertThat(MoneyAndDatesIT.pdfText(pdf.body()).replaceAll("[ \\t]+", " "))
                .contains("Where the money went")
                .contains("Amount followed " + followed);

        // the link opens that programme's page
        String code = programme.substring(programme.indexOf("code=") + "code=".length());
        chromium.browser.get(programme);
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programmeTitle"), code));
    }
}

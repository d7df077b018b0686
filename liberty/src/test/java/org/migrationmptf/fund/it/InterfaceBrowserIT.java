package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The interface as its users meet it in Chromium: every demo user lands on its own page with the
 * API's figures; staff open a donor from the contributors page; every page of every role has no
 * critical or serious axe-core violation and every sortable column sorts without an error; a CSV and
 * an XLSX download hold the table's numbers; French labels, numbers and statement; and at phone width
 * no number is cut off (checked by element bounds).
 */
class InterfaceBrowserIT {

    private HeadlessChromium chromium;

    /** Every table the pages show has rows to sort, whatever ran before: the decision register too. */
    @org.junit.jupiter.api.BeforeAll
    static void aDecisionIsOnTheRegister() {
        ContributionsIT.created(Api.as("officer")
                .post(
                        "/api/v1/decisions",
                        Api.json(
                                "number",
                                "SC-UI-"
                                        + java.util.UUID.randomUUID().toString().substring(0, 8),
                                "decidedOn",
                                "2026-05-12",
                                "procedure",
                                "MEETING",
                                "type",
                                "ALLOCATE",
                                "text",
                                "Allocates USD 2,000,000.00 to a joint programme")));
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    static Stream<Arguments> homes() {
        return Stream.of(
                Arguments.of("deu.donor", "/contributor/dashboard.xhtml"),
                Arguments.of("nor.donor", "/contributor/dashboard.xhtml"),
                Arguments.of("finance", "/finance/deposits.xhtml"),
                Arguments.of("finance2", "/finance/deposits.xhtml"),
                Arguments.of("auditor", "/audit/index.xhtml"),
                Arguments.of("admin", "/admin/users.xhtml"),
                Arguments.of("officer", "/work/index.xhtml"),
                Arguments.of("approver", "/work/index.xhtml"),
                Arguments.of("iom.reporter", "/work/index.xhtml"));
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @MethodSource("homes")
    void everyDemoUserLandsOnItsOwnPageWhoseFiguresEqualTheApi(String user, String home) {
        chromium = HeadlessChromium.start();
        chromium.browser.get(FundServer.BASE + "/login.xhtml");
        chromium.submitLogin(user, FundServer.DEMO_PASSWORD);
        chromium.wait.until(ExpectedConditions.urlContains(home));
        chromium.screenshot("home-" + user);

        assertThat(current("navHome").getAttribute("aria-current")).isEqualTo("page");
        switch (home) {
            case "/contributor/dashboard.xhtml" -> {
                String code = user.equals("deu.donor") ? "DEU" : "NOR";
                JsonObject summary = FundServer.object(FundServer.getAs(user, "/api/v1/contributors/" + code))
                        .getJsonObject("summary");
                assertThat(text("depositedUsd")).isEqualTo(english(summary, "depositedUsd"));
                assertThat(text("feeUsd")).isEqualTo(english(summary, "feeUsd"));
                assertThat(text("netUsd")).isEqualTo(english(summary, "netUsd"));
                // the chart's figures as a table: every year from the first deposit to this one, zero
                // years too, adding up to what was deposited
                List<WebElement> years = chromium.browser.findElements(By.cssSelector("#perYearTable tbody tr"));
                assertThat(years).isNotEmpty();
                int first = Integer.parseInt(
                        years.get(0).findElement(By.tagName("th")).getAttribute("textContent"));
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < years.size(); i++) {
                    WebElement row = years.get(i);
                    assertThat(row.findElement(By.tagName("th")).getAttribute("textContent"))
                            .isEqualTo(Integer.toString(first + i));
                    sum = sum.add(new BigDecimal(row.findElement(By.tagName("td"))
                            .getAttribute("textContent")
                            .replace(",", "")));
                }
                assertThat(sum)
                        .isEqualByComparingTo(
                                summary.getJsonNumber("depositedUsd").bigDecimalValue());
                assertThat(chromium.browser.findElements(By.cssSelector("#depositsChart rect")))
                        .hasSize(years.size());
            }
            case "/finance/deposits.xhtml" -> {
                long inbox = FundServer.object(FundServer.getAs(user, "/api/v1/approvals"))
                        .getJsonNumber("total")
                        .longValue();
                assertThat(text("decisions")).isEqualTo(Long.toString(inbox));
                assertThat(text("cashWithAa")).isEqualTo(english(ledgerBalance("1100")));
            }
            case "/audit/index.xhtml" -> {
                JsonObject tb = FundServer.object(FundServer.getAs("auditor", "/api/v1/ledger/trial-balance"));
                assertThat(text("tbTotalDebit")).isEqualTo(english(tb, "totalDebit"));
                assertThat(text("tbDifference")).isEqualTo("0.00");
                long events = FundServer.object(FundServer.getAs("auditor", "/api/v1/audit-events?limit=1"))
                        .getJsonNumber("total")
                        .longValue();
                assertThat(Long.parseLong(text("eventCount"))).isBetween(events - 50, events);
            }
            case "/admin/users.xhtml" -> {
                long accounts = FundServer.object(FundServer.getAs("admin", "/api/v1/users?limit=1"))
                        .getJsonNumber("total")
                        .longValue();
                assertThat(chromium.browser.findElement(By.id("list:accounts")).getText())
                        .contains(accounts + " in all");
            }
            default -> {
                assertThat(text("comingNext")).isNotBlank();
                assertThat(text("contributionsUsd"))
                        .isEqualTo(english(ledgerBalance("4100").negate()));
                assertThat(text("cashWithAa")).isEqualTo(english(ledgerBalance("1100")));
            }
        }
    }

    @Test
    void staffOpenADonorFromTheContributorsPageInsteadOfEditingTheAddress() {
        chromium = HeadlessChromium.start();
        chromium.signIn("officer", "/work/index.xhtml");
        chromium.browser.findElement(By.id("navContributors")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:contributors")));
        chromium.browser.findElement(By.id("q")).sendKeys("Norw");
        chromium.browser.findElement(By.id("filter")).click();
        chromium.wait.until(ExpectedConditions.urlContains("q=Norw"));
        List<WebElement> rows = chromium.browser.findElements(By.cssSelector("#list\\:contributors_data > tr"));
        assertThat(rows).hasSize(1);

        rows.get(0).findElement(By.cssSelector("a[id$=':open']")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contributorName")));

        assertThat(chromium.browser.getCurrentUrl()).contains("code=NOR");
        assertThat(text("contributorName")).isEqualTo("Norway");
        JsonObject summary = FundServer.object(FundServer.getAs("officer", "/api/v1/contributors/NOR"))
                .getJsonObject("summary");
        assertThat(text("depositedUsd")).isEqualTo(english(summary, "depositedUsd"));

        // switching the language keeps the donor on the page
        chromium.browser.findElement(By.id("lang-fr")).click();
        chromium.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        assertThat(chromium.browser.getCurrentUrl()).contains("code=NOR").doesNotContain("lang=");
        assertThat(text("contributorName")).isEqualTo("Norway");
        assertThat(text("depositedUsd"))
                .isEqualTo(french(summary.getJsonNumber("depositedUsd").bigDecimalValue()));
    }

    @Test
    void theContributorsTableDownloadsAsCsvAndXlsxWithTheNumbersOnTheScreen() throws IOException {
        chromium = HeadlessChromium.start();
        chromium.signIn("auditor", "/staff/contributors.xhtml");
        Map<String, List<String>> screen = new LinkedHashMap<>();
        for (WebElement row : chromium.browser.findElements(By.cssSelector("#list\\:contributors_data > tr"))) {
            List<String> cells = row.findElements(By.tagName("td")).stream()
                    .map(WebElement::getText)
                    .toList();
            String code = row.findElement(By.cssSelector(".fund-code")).getText();
            screen.put(code, cells);
        }
        String header = chromium.browser
                .findElement(By.cssSelector("#list\\:contributors .ui-datatable-header"))
                .getText();
        long total = Long.parseLong(header.replaceAll("\\D", ""));
        assertThat(total).isGreaterThanOrEqualTo(17);
        assertThat(screen).hasSize((int) Math.min(total, 25));

        HttpResponse<byte[]> csv = chromium.download(
                chromium.browser.findElement(By.id("contributors-csv")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<List<String>> csvRows = csv(new String(csv.body(), StandardCharsets.UTF_8));
        assertThat(csvRows.get(0)).contains("Code", "Contributor", "Deposited (USD)", "AA fee 1 % (USD)");
        int code = csvRows.get(0).indexOf("Code");
        int deposited = csvRows.get(0).indexOf("Deposited (USD)");
        int fee = csvRows.get(0).indexOf("AA fee 1 % (USD)");
        Map<String, List<String>> csvByCode = new LinkedHashMap<>();
        csvRows.subList(1, csvRows.size()).forEach(r -> csvByCode.put(r.get(code), r));
        assertThat(csvByCode)
                .as("the download holds every contributor, not only the page shown")
                .hasSize((int) total);
        assertThat(csvByCode.keySet()).containsAll(screen.keySet()).contains("DEU", "NOR", "ESP");

        HttpResponse<byte[]> xlsx = chromium.download(
                chromium.browser.findElement(By.id("contributors-xlsx")).getAttribute("href"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        Map<String, List<Object>> xlsxByCode = new LinkedHashMap<>();
        List<String> xlsxHeader = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            rows.get(0).forEach(c -> xlsxHeader.add(c.getText()));
            int xCode = xlsxHeader.indexOf("Code");
            for (Row row : rows.subList(1, rows.size())) {
                List<Object> values = new ArrayList<>();
                row.forEach(c -> values.add(c.getValue()));
                xlsxByCode.put(row.getCellText(xCode), values);
            }
        }
        assertThat(xlsxHeader).isEqualTo(csvRows.get(0));

        for (Map.Entry<String, List<String>> e : screen.entrySet()) {
            // the screen's columns: name and code, agreements, committed, deposited, fee, arrears
            String screenDeposited = e.getValue().get(3);
            String screenFee = e.getValue().get(4);
            List<String> csvRow = csvByCode.get(e.getKey());
            assertThat(csvRow.get(deposited))
                    .as("CSV deposited of %s", e.getKey())
                    .isEqualTo(plain(screenDeposited));
            assertThat(csvRow.get(fee)).as("CSV fee of %s", e.getKey()).isEqualTo(plain(screenFee));
            List<Object> xlsxRow = xlsxByCode.get(e.getKey());
            assertThat(xlsxRow.get(deposited))
                    .as("XLSX deposited of %s is a number", e.getKey())
                    .isInstanceOf(BigDecimal.class);
            assertThat((BigDecimal) xlsxRow.get(deposited))
                    .as("XLSX deposited of %s", e.getKey())
                    .isEqualByComparingTo(plain(screenDeposited));
            assertThat((BigDecimal) xlsxRow.get(fee)).isEqualByComparingTo(plain(screenFee));
        }
    }

    static Stream<String> users() {
        return WriteMatrixIT.USERS.stream();
    }

    @ParameterizedTest(name = "every page of {0}")
    @MethodSource("users")
    void everyPageOfEveryRoleIsAxeCleanAndEverySortableColumnSorts(String user) {
        chromium = HeadlessChromium.start();
        Set<String> pages = new LinkedHashSet<>();
        if (user.equals("anonymous")) {
            chromium.browser.get(FundServer.BASE + "/index.xhtml");
            pages.add("/index.xhtml");
            pages.add("/login.xhtml");
        } else {
            chromium.browser.get(FundServer.BASE + "/login.xhtml");
            chromium.submitLogin(user, FundServer.DEMO_PASSWORD);
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("navAccount")));
            pages.add(path(chromium.browser.getCurrentUrl()));
            pages.add("/account.xhtml");
        }
        // the menu offers exactly the pages the role may open
        for (WebElement link : chromium.browser.findElements(By.cssSelector(".fund-nav a[id^='nav']"))) {
            String id = link.getAttribute("id");
            if (!id.equals("navApi") && !id.equals("navSignIn") && !id.equals("navAccount")) {
                pages.add(path(link.getAttribute("href")));
            }
        }
        pages.add("/no-such-page.xhtml");
        assertThat(pages).hasSizeGreaterThanOrEqualTo(4);

        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            chromium.browser.get(FundServer.BASE + page);
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
            String body = chromium.browser.findElement(By.tagName("body")).getText();
            if (!page.startsWith("/no-such") && body.contains("Something went wrong")) {
                problems.add(page + ": the page failed");
                continue;
            }
            chromium.accessibilityViolations().forEach(v -> problems.add(page + ": " + v));
            if (SORTED.add(page)) {
                problems.addAll(sortEveryColumn(page)); // sorting is the page's, whoever reads it: once per run
            }
        }
        chromium.screenshot("last-page-" + user);
        assertThat(problems).as("pages of %s: %s", user, pages).isEmpty();
    }

    /** The pages whose columns were sorted in this run. */
    private static final java.util.Set<String> SORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Clicks every sortable header of the page once, then again, and reports any that failed. */
    private List<String> sortEveryColumn(String page) {
        List<String> problems = new ArrayList<>();
        List<String> headers = chromium.browser.findElements(By.cssSelector("th.ui-sortable-column")).stream()
                .map(h -> h.getAttribute("id"))
                .toList();
        for (String id : headers) {
            if (chromium.browser.findElements(By.id(id)).isEmpty()) {
                problems.add(page + ": column " + id + " is gone after sorting another column: "
                        + chromium.browser.getCurrentUrl());
                break;
            }
            for (String expected : List.of("ascending", "descending")) {
                chromium.wait
                        .until(ExpectedConditions.elementToBeClickable(By.id(id)))
                        .click();
                try {
                    chromium.wait.until(ExpectedConditions.attributeToBe(By.id(id), "aria-sort", expected));
                } catch (org.openqa.selenium.TimeoutException e) {
                    problems.add(page + ": column " + id + " did not sort " + expected);
                    break;
                }
            }
            String body = chromium.browser.findElement(By.tagName("body")).getText();
            if (body.contains("Something went wrong") || body.contains("Exception")) {
                problems.add(page + ": sorting " + id + " failed");
            }
        }
        return problems;
    }

    @Test
    void inFrenchTheLabelsNumbersAndTheStatementAreFrenchWithTheSameTotals() throws Exception {
        chromium = HeadlessChromium.start(1280, "fr");
        chromium.browser.get(FundServer.BASE + "/login.xhtml");
        assertThat(chromium.browser.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("fr");
        assertThat(chromium.browser.findElement(By.id("login:signIn")).getAttribute("value"))
                .isEqualTo("Se connecter");
        chromium.submitLogin("deu.donor", FundServer.DEMO_PASSWORD);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("depositedUsd")));
        chromium.screenshot("dashboard-fr");

        JsonObject summary = FundServer.object(FundServer.getAs("deu.donor", "/api/v1/contributors/DEU"))
                .getJsonObject("summary");
        BigDecimal deposited = summary.getJsonNumber("depositedUsd").bigDecimalValue();
        assertThat(chromium.browser.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("fr");
        assertThat(chromium.browser.findElement(By.tagName("h2")).getText()).isEqualTo("Relevé du contributeur");
        assertThat(chromium.browser.findElement(By.id("signOutForm:signOut")).getAttribute("value"))
                .isEqualTo("Se déconnecter");
        assertThat(text("depositedUsd"))
                .isEqualTo(french(deposited))
                .contains(",")
                .doesNotContain(".");

        HttpResponse<byte[]> pdf = chromium.download(chromium.formUrl("statementForm"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Language")).contains("fr");
        String statement = MoneyAndDatesIT.pdfText(pdf.body()).replaceAll("[ \u202F\u00A0]+", " ");
        assertThat(statement)
                .contains("Relevé du contributeur : Germany (DEU)")
                .containsPattern("Total des dépôts au \\d{4}-\\d{2}-\\d{2} \\(USD\\) : "
                        + java.util.regex.Pattern.quote(french(deposited).replace('\u202F', ' ')));

        // the switcher is remembered from page to page
        chromium.browser.findElement(By.id("lang-es")).click();
        chromium.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "es"));
        chromium.browser.findElement(By.id("navThematicAreas")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("areas")));
        assertThat(chromium.browser.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("es");
        assertThat(chromium.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Áreas temáticas");
    }

    @ParameterizedTest(name = "{0} at 390 px")
    @ValueSource(strings = {"deu.donor", "finance", "auditor"})
    void atPhoneWidthNoNumberIsCutOff(String user) {
        chromium = HeadlessChromium.start(390, "en");
        chromium.browser.get(FundServer.BASE + "/login.xhtml");
        chromium.submitLogin(user, FundServer.DEMO_PASSWORD);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("navAccount")));
        List<String> pages = new ArrayList<>(List.of(path(chromium.browser.getCurrentUrl())));
        if (!user.equals("deu.donor")) {
            pages.add("/staff/contributors.xhtml");
            pages.add("/ledger/trial-balance.xhtml");
        }
        for (String page : pages) {
            chromium.browser.get(FundServer.BASE + page);
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
            chromium.screenshot("390-" + user + page.replace('/', '-').replace(".xhtml", ""));
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) ((JavascriptExecutor) chromium.browser).executeScript(CUT_NUMBERS);
            assertThat(cut).as("numbers cut off on %s at 390 px", page).isEmpty();
            Long pageWidth = (Long) ((JavascriptExecutor) chromium.browser)
                    .executeScript("return document.documentElement.scrollWidth;");
            assertThat(pageWidth).as("width of %s", page).isLessThanOrEqualTo(390L);
        }
    }

    /**
     * Every number cell and key figure whose text overflows its own box, or that lies outside the
     * window without a scrolling container to reach it, as "text (left-right)".
     */
    private static final String CUT_NUMBERS = """
            const cut = [];
            const width = document.documentElement.clientWidth;
            for (const el of document.querySelectorAll('td.fund-amount, .fund-figure, dd')) {
              if (!el.textContent.trim()) continue;
              const r = el.getBoundingClientRect();
              if (el.scrollWidth > el.clientWidth + 1) { cut.push(el.textContent.trim() + ' overflows its cell'); continue; }
              let scroller = el.parentElement;
              while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
              if (!scroller && (r.left < 0 || r.right > width + 1)) cut.push(el.textContent.trim() + ' (' + r.left + '-' + r.right + ')');
            }
            return cut;
            """;

    private String text(String id) {
        return chromium.browser.findElement(By.id(id)).getText();
    }

    private WebElement current(String id) {
        return chromium.browser.findElement(By.id(id));
    }

    private static BigDecimal ledgerBalance(String account) {
        JsonObject tb = FundServer.object(FundServer.getAs("auditor", "/api/v1/ledger/trial-balance"));
        return tb.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("account").equals(account))
                .map(r -> r.getJsonNumber("balance").bigDecimalValue())
                .findFirst()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    private static String path(String url) {
        String path = java.net.URI.create(url).getPath();
        return path;
    }

    private static String english(JsonObject object, String field) {
        return english(object.getJsonNumber(field).bigDecimalValue());
    }

    /** 1234567.8 as the English pages write it: 1,234,567.80. */
    static String english(BigDecimal amount) {
        return group(amount, ",", ".");
    }

    /** 1234567.8 as the French pages write it: 1 234 567,80 (narrow no-break spaces). */
    static String french(BigDecimal amount) {
        return group(amount, "\u202F", ",");
    }

    private static String group(BigDecimal amount, String thousands, String decimal) {
        String plain =
                amount.setScale(2, java.math.RoundingMode.UNNECESSARY).abs().toPlainString();
        String whole = plain.substring(0, plain.indexOf('.'));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(thousands);
            }
            grouped.append(whole.charAt(i));
        }
        return (amount.signum() < 0 ? "-" : "") + grouped + decimal + plain.substring(plain.indexOf('.') + 1);
    }

    /** The screen's 1,234.50 as the CSV's plain 1234.50. */
    private static String plain(String screen) {
        return screen.replace(",", "").replace(" *", "").trim();
    }

    /** RFC 4180: quoted fields with doubled quotes, CRLF between records; a leading BOM is dropped. */
    static List<List<String>> csv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                // CRLF: the \n ends the record
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}

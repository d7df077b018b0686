package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the money went, on the real server: every posted deposit's trail adds up to the deposit (its
 * USD value less the fee, then each step to the cent the sum of the steps below it); a donor's trail
 * is the sum of its posted deposits net of the fee; an area's is its earmarked money plus what it drew
 * from the pool and follows exactly its allocations; the PDF and CSV print the same figures; bad
 * requests are refused with problem+json.
 */
class MoneyTrailIT {

    private static BigDecimal amount(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue();
    }

    private static JsonObject trail(String user, String query) {
        HttpResponse<String> response = Api.as(user).get("/api/v1/reports/money-trail?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FundServer.object(response);
    }

    /** Each step with steps below it is their sum, to the cent; every amount has two decimals. */
    private static void assertAddsUp(JsonObject step) {
        List<JsonObject> steps = step.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertThat(amount(step, "amount").scale()).isEqualTo(2);
        if (!steps.isEmpty()) {
            BigDecimal sum = steps.stream().map(s -> amount(s, "amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum)
                    .as(step.getString("kind") + " " + step.getString("code"))
                    .isEqualByComparingTo(amount(step, "amount"));
            steps.forEach(MoneyTrailIT::assertAddsUp);
        }
    }

    private static BigDecimal total(JsonObject step, String kind) {
        BigDecimal own = step.getString("kind").equals(kind) ? amount(step, "amount") : BigDecimal.ZERO;
        for (JsonObject s : step.getJsonArray("steps").getValuesAs(JsonObject.class)) {
            own = own.add(total(s, kind));
        }
        return own;
    }

    private static List<JsonObject> postedDeposits(String contributor) {
        List<JsonObject> posted = new ArrayList<>();
        for (JsonObject d : FundServer.array(Api.as("finance").get("/api/v1/contributors/" + contributor + "/deposits"))
                .getValuesAs(JsonObject.class)) {
            if (d.getString("status").equals("POSTED")) {
                posted.add(d);
            }
        }
        return posted;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DEU", "NOR", "BEL", "SWE"})
    void everyPostedDepositsTrailAddsUpToTheDepositAndTheDonorsToItsDeposits(String contributor) {
        List<JsonObject> deposits = postedDeposits(contributor);
        assertThat(deposits).as("the demo posts deposits of " + contributor).isNotEmpty();
        BigDecimal net = BigDecimal.ZERO;
        for (JsonObject d : deposits) {
            JsonObject trail =
                    trail("auditor", "deposit=" + d.getJsonNumber("id").longValue());
            JsonObject root = trail.getJsonObject("root");
            List<JsonObject> sources = trail.getJsonArray("sources").getValuesAs(JsonObject.class);
            assertThat(amount(sources.get(0), "amount")).isEqualByComparingTo(amount(d, "usdAmount"));
            assertThat(amount(sources.get(1), "amount"))
                    .isEqualByComparingTo(amount(d, "feeUsd").negate());
            assertThat(amount(root, "amount"))
                    .as("the trail follows the deposit net of the fee")
                    .isEqualByComparingTo(amount(d, "netUsd"))
                    .isEqualByComparingTo(amount(d, "usdAmount").subtract(amount(d, "feeUsd")));
            assertThat(root.getString("link")).isEqualTo("/api/v1/ledger/entries/" + d.getJsonNumber("depositEntryId"));
            JsonObject pool = root.getJsonArray("steps").getJsonObject(0);
            assertThat(pool.getString("code")).isEqualTo(d.getString("earmark"));
            assertAddsUp(root);
            net = net.add(amount(d, "netUsd"));
        }
        JsonObject donor = trail("auditor", "contributor=" + contributor);
        assertThat(amount(donor.getJsonObject("root"), "amount"))
                .as("a donor's trail follows its posted deposits net of the fee")
                .isEqualByComparingTo(net);
        assertAddsUp(donor.getJsonObject("root"));
    }

    @Test
    void aDonorFollowsItsOwnMoneyAndNoOneElses() {
        JsonObject own = trail("deu.donor", "contributor=DEU");
        assertThat(own.getString("name")).isEqualTo("Germany");
        assertThat(amount(own.getJsonObject("root"), "amount"))
                .isEqualByComparingTo(amount(trail("auditor", "contributor=DEU").getJsonObject("root"), "amount"));

        HttpResponse<String> other = Api.as("deu.donor").get("/api/v1/reports/money-trail?contributor=NOR");
        assertThat(other.statusCode()).isEqualTo(404);
        long norwegian = postedDeposits("NOR").get(0).getJsonNumber("id").longValue();
        HttpResponse<String> deposit = Api.as("deu.donor").get("/api/v1/reports/money-trail?deposit=" + norwegian);
        assertThat(deposit.statusCode()).isEqualTo(404);
        assertThat(deposit.body()).doesNotContain("Norway").doesNotContain("MIG-NOR");
    }

    @Test
    void anAreasTrailIsItsEarmarkedMoneyAndWhatItDrewFromThePoolAndFollowsItsAllocations() {
        for (JsonObject a : FundServer.array(Api.as("officer").get("/api/v1/allocations/available"))
                .getValuesAs(JsonObject.class)) {
            String area = a.getString("thematicArea");
            JsonObject trail = trail("officer", "area=" + area);
            JsonObject root = trail.getJsonObject("root");
            // what the area's allocations took beyond its own earmarked money came from the pool
            // (Availability's drawnFromPool is every area's draw together)
            BigDecimal earmarked = amount(a, "earmarkedNet").max(BigDecimal.ZERO);
            BigDecimal drawn = amount(a, "allocated").subtract(earmarked).max(BigDecimal.ZERO);
            assertThat(amount(root, "amount")).as(area).isEqualByComparingTo(earmarked.add(drawn));
            List<JsonObject> sources = trail.getJsonArray("sources").getValuesAs(JsonObject.class);
            assertThat(amount(sources.get(0), "amount")).isEqualByComparingTo(earmarked);
            assertThat(amount(sources.get(1), "amount")).isEqualByComparingTo(drawn);
            assertThat(total(root, "ALLOCATION"))
                    .as(area + ": its allocations, every one")
                    .isEqualByComparingTo(amount(a, "allocated"));
            assertAddsUp(root);
        }
    }

    @Test
    void thePdfAndTheCsvPrintTheTrailsFigures() throws Exception {
        JsonObject trail = trail("auditor", "contributor=DEU");
        BigDecimal followed = amount(trail.getJsonObject("root"), "amount");

        HttpResponse<byte[]> pdf = FundServer.sendForBytes(
                FundServer.requestAs("auditor", "/api/v1/reports/money-trail.pdf?contributor=DEU")
                        .GET());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(MoneyAndDatesIT.pdfText(pdf.body()).replaceAll("[ \\t]+", " "))
                .contains("Where the money went: Germany")
                .contains("Amount followed " + String.format(Locale.ENGLISH, "%,.2f", followed));

        String csv = Api.as("auditor")
                .get("/api/v1/reports/money-trail.csv?contributor=DEU")
                .body();
        String[] lines = csv.split("\r?\n");
        assertThat(lines[1]).startsWith("0,MONEY,DEU,").contains(followed.toPlainString());
        assertThat(lines).hasSize(trailSize(trail.getJsonObject("root")) + 1);
    }

    @Test
    void theDonorsStatementShowsItsTrailsFiguresToTheCent() {
        JsonObject trail = trail("deu.donor", "contributor=DEU").getJsonObject("root");
        HttpResponse<String> csv = Api.as("deu.donor").get("/api/v1/contributors/DEU/statement.csv?from=2024-01-01");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);

        assertThat(csv.body())
                .contains("Your contributions net of the fee,USD,"
                        + amount(trail, "amount").toPlainString())
                .contains("Allocated to programmes,USD,"
                        + total(trail, "ALLOCATION").setScale(2).toPlainString())
                .contains("of which transferred to UN agencies,USD,"
                        + total(trail, "TRANSFERRED").setScale(2).toPlainString())
                .contains("of which reported spent,USD,"
                        + total(trail, "EXPENDITURE").setScale(2).toPlainString());
        String areaSection = "6. Thematic area TA2";
        assertThat(csv.body()).contains(areaSection);
        JsonObject area = trail("deu.donor", "area=TA2").getJsonObject("root");
        assertThat(csv.body())
                .contains("Not yet allocated,USD,"
                        + total(area, "UNALLOCATED").setScale(2).toPlainString());
    }

    private static int trailSize(JsonObject step) {
        int size = 1;
        for (JsonObject s : step.getJsonArray("steps").getValuesAs(JsonObject.class)) {
            size += trailSize(s);
        }
        return size;
    }

    @ParameterizedTest(name = "[{index}] ?{0}")
    @ValueSource(
            strings = {
                "",
                "deposit=1&area=TA1",
                "deposit=abc",
                "deposit=-4",
                "deposit=99999999",
                "area=TA9",
                "contributor=XXX",
                "contributor=%27%3B--"
            })
    void aBadRequestIsRefusedWithAProblem(String query) {
        HttpResponse<String> refused = Api.as("auditor").get("/api/v1/reports/money-trail?" + query);

        assertThat(refused.statusCode()).as(refused.body()).isIn(400, 404);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}

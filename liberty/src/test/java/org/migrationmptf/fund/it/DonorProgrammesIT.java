package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A donor sees the programmes its earmarked money funds: only published ones (never the pipeline),
 * only in the areas it earmarked to, and only final figures (approved allocations, transfers net of
 * refunds, reported expenditure; never what awaits approval). Another donor sees none of it.
 */
class DonorProgrammesIT {

    private static final String AREA = "TA2";

    private static List<JsonObject> programmesOf(String user, String contributor) {
        return FundServer.object(FundServer.getAs(
                        user, "/api/v1/contributors/" + contributor + "/programmes?limit=500&sort=code"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static JsonObject row(List<JsonObject> rows, String code) {
        return rows.stream()
                .filter(r -> r.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not among " + rows));
    }

    @Test
    void aDonorSeesThePublishedProgrammesOfItsAreasWithFinalFiguresOnly() {
        // NOR earmarks to TA2; IOM's part (10,700.00) is allocated and received 3,000.00, ILO's waits
        Grants.earmarkedDeposit(AREA, "20000.00");
        String funded = Grants.approvedProgramme(
                AREA, List.of(Grants.line("IOM", "1", 2026, "10000.00"), Grants.line("ILO", "4", 2026, "1000.00")));
        Grants.allocated(funded, "IOM", "10700.00", Grants.decision("ALLOCATE"));
        long instruction = Grants.approvedInstruction(funded, "IOM", "3000.00");
        HttpResponse<String> executed = Grants.execute("finance", instruction, "2026-01-25");
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(201);
        HttpResponse<String> spent =
                Grants.uploadExpenditure(funded, "INTERIM", "year,category,amount\n2026,1,1234.56\n");
        assertThat(spent.statusCode()).as(spent.body()).isEqualTo(201);
        // ILO's allocation still awaiting approval is not shown to the donor
        Grants.prepared(funded, "ILO", "500.00", Grants.decision("ALLOCATE"));
        String pipeline = Grants.pipelineProgramme(AREA, List.of(Grants.line("IOM", "1", 2026, "100.00")));

        List<JsonObject> rows = programmesOf("nor.donor", "NOR");

        JsonObject row = row(rows, funded);
        assertThat(row.getString("status")).isEqualTo("APPROVED");
        assertThat(row.getJsonNumber("budget").bigDecimalValue()).isEqualByComparingTo("11770.00");
        assertThat(row.getJsonNumber("allocated").bigDecimalValue()).isEqualByComparingTo("10700.00");
        assertThat(row.getJsonNumber("netFunded").bigDecimalValue()).isEqualByComparingTo("3000.00");
        assertThat(row.getJsonNumber("expenditure").bigDecimalValue()).isEqualByComparingTo("1234.56");
        // 1,234.56 / 3,000.00 = 0.41152 -> 0.4115
        assertThat(row.getJsonNumber("deliveryRate").bigDecimalValue()).isEqualByComparingTo("0.4115");
        assertThat(rows).extracting(r -> r.getString("code")).doesNotContain(pipeline);
        assertThat(rows).allSatisfy(r -> assertThat(r.getString("status")).isNotEqualTo("PIPELINE"));
        assertThat(rows).extracting(r -> r.getString("thematicArea")).contains(AREA);

        assertThat(FundServer.getAs("deu.donor", "/api/v1/contributors/NOR/programmes")
                        .statusCode())
                .isEqualTo(404);
        assertThat(programmesOf("auditor", "NOR"))
                .extracting(r -> r.getString("code"))
                .contains(funded);
    }
}

package org.migrationmptf.fund.reports.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.reports.funding.FundingStatus.Section;

/**
 * The Funding Status identities against a real published table (the Peacebuilding Fund's, in
 * {@code shared/reference/funding-status-pbf-example.txt}): its aggregate flows give exactly its
 * subtotals, balances and percentages.
 */
class FundingStatusTest {

    /** The published table, line label -> amount, in its order (the section's repeats kept apart). */
    private static Map<String, BigDecimal> published() throws IOException {
        // a copy of shared/reference/funding-status-pbf-example.txt, as published
        Path file = Path.of("src/test/resources/funding-status-pbf-example.txt");
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^ {0,2}(\\S.*?)\\s+[-+]?\\s*([0-9][0-9,]*)(\\s+\\(.*\\))?$");
        String section = "";
        for (String text : Files.readAllLines(file)) {
            if (text.startsWith("Funds with")) {
                section = text.trim() + " / ";
                continue;
            }
            Matcher m = line.matcher(text);
            if (m.matches()) {
                lines.put(section + m.group(1).trim(), new BigDecimal(m.group(2).replace(",", "")));
            }
        }
        return lines;
    }

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void thePublishedFlowsGiveExactlyThePublishedTable() throws IOException {
        Map<String, BigDecimal> table = published();
        String aa = "Funds with Administrative Agent / ";
        String po = "Funds with Participating Organizations / ";
        FundingFlows flows = new FundingFlows(
                table.get(aa + "Contributions from Donors"),
                table.get(aa + "Interest and Investment Income (from Fund)"),
                table.get(aa + "Interest (from Participating Organizations)"),
                table.get(aa + "Transferred to Participating Organizations"),
                table.get(aa + "Transfers to MDTFs"),
                table.get(aa + "Refunds from Participating Organizations"),
                table.get(aa + "Administrative Agent Fee"),
                table.get(aa + "Direct Cost"),
                table.get(aa + "Bank Charges"),
                table.get(po + "Participating Organizations' Expenditure"));

        FundingStatus status = FundingStatus.of(flows);

        Section with = Section.WITH_ADMINISTRATIVE_AGENT;
        Section punos = Section.WITH_PARTICIPATING_ORGANIZATIONS;
        assertThat(status.line(with, "totalSources").amount()).isEqualTo(table.get(aa + "Total source of funds"));
        assertThat(status.line(with, "totalUses").amount()).isEqualTo(table.get(aa + "Total use of funds"));
        assertThat(status.line(with, "balanceWithAgent").amount())
                .isEqualTo(table.get(aa + "Balance with Administrative Agent"));
        assertThat(status.line(punos, "totalExpenses").amount()).isEqualTo(table.get(po + "Total expenses"));
        assertThat(status.line(punos, "balanceWithPunos").amount())
                .isEqualTo(table.get(po + "Balance with Participating Organizations"));
        assertThat(status.line(Section.TOTAL, "totalBalance").amount())
                .isEqualTo(table.get(po + "Total Balance of Funds"));
        assertThat(status.line(with, "balanceWithAgent").percent()).isEqualTo(usd("12.0"));
        assertThat(status.line(punos, "balanceWithPunos").percent()).isEqualTo(usd("15.8"));
        assertThat(status.line(Section.TOTAL, "totalBalance").percent()).isEqualTo(usd("26.5"));
        assertThat(status.line(punos, "transfersToPunos").amount())
                .isEqualTo(table.get(po + "Transfers to Participating Organizations"))
                .isEqualTo(table.get(aa + "Transferred to Participating Organizations"));
        assertThat(status.lines()).hasSize(table.size()).hasSize(18);
    }

    @Test
    void aFundWithNothingYetHasNoPercentagesAndZeroBalances() {
        BigDecimal zero = usd("0.00");
        FundingStatus status =
                FundingStatus.of(new FundingFlows(zero, zero, zero, zero, zero, zero, zero, zero, zero, zero));

        assertThat(status.line(Section.TOTAL, "totalBalance").amount()).isEqualTo(zero);
        assertThat(status.line(Section.TOTAL, "totalBalance").percent()).isNull();
        assertThat(status.lines()).extracting(FundingStatus.Line::key).contains("transfersToMdtfs", "directCosts");
    }

    @Test
    void toTheCentWithSmallFlows() {
        FundingStatus status = FundingStatus.of(new FundingFlows(
                usd("1000.00"),
                usd("12.34"),
                usd("1.25"),
                usd("700.00"),
                usd("0.00"),
                usd("50.01"),
                usd("10.00"),
                usd("3.33"),
                usd("0.75"),
                usd("400.10")));

        // sources 1,013.59; uses 700.00 - 50.01 + 10.00 + 3.33 + 0.75 = 664.07; with the AA 349.52
        assertThat(status.line(Section.WITH_ADMINISTRATIVE_AGENT, "balanceWithAgent")
                        .amount())
                .isEqualTo(usd("349.52"));
        // with PUNOs 700.00 - (400.10 + 50.01) = 249.89; total 599.41 = 59.9 % of 1,000.00
        assertThat(status.line(Section.WITH_PARTICIPATING_ORGANIZATIONS, "balanceWithPunos")
                        .amount())
                .isEqualTo(usd("249.89"));
        assertThat(status.line(Section.TOTAL, "totalBalance").amount()).isEqualTo(usd("599.41"));
        assertThat(status.line(Section.TOTAL, "totalBalance").percent()).isEqualTo(usd("59.9"));
        assertThatThrownBy(() -> new FundingFlows(
                        usd("-1.00"),
                        usd("0"),
                        usd("0"),
                        usd("0"),
                        usd("0"),
                        usd("0"),
                        usd("0"),
                        usd("0"),
                        usd("0"),
                        usd("0")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

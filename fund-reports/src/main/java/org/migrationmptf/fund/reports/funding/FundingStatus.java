package org.migrationmptf.fund.reports.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The Gateway's Funding Status table, computed from the fund's flows: sources and uses of the funds
 * with the Administrative Agent, the funds with the Participating Organizations, and the total
 * balance, with the published percentages (balance with the AA of deposits, balance with PUNOs of
 * transfers, total balance of deposits). Typed rows with exact amounts; formatting is the report's.
 *
 * <pre>
 *   total sources    = contributions + fund interest + PUNO interest
 *   total uses       = transfers to PUNOs + transfers to MDTFs - refunds + AA fee + direct costs + bank charges
 *   balance with AA  = total sources - total uses
 *   total expenses   = PUNO expenditure + refunds
 *   balance, PUNOs   = transfers to PUNOs - total expenses
 *   total balance    = balance with AA + balance with PUNOs
 * </pre>
 */
public record FundingStatus(List<Line> lines) {

    /** A line of the table: its section, its label key, the amount, and a percentage where published. */
    public record Line(Section section, String key, BigDecimal amount, Kind kind, BigDecimal percent) {}

    public enum Section {
        WITH_ADMINISTRATIVE_AGENT,
        WITH_PARTICIPATING_ORGANIZATIONS,
        TOTAL
    }

    /** How a line reads: a flow, a subtotal, or a balance (the table's bold lines). */
    public enum Kind {
        FLOW,
        SUBTOTAL,
        BALANCE
    }

    public FundingStatus {
        lines = List.copyOf(lines);
    }

    public static FundingStatus of(FundingFlows f) {
        BigDecimal sources = f.contributions().add(f.fundInterest()).add(f.punoInterest());
        BigDecimal uses = f.transfersToPunos()
                .add(f.transfersToMdtfs())
                .subtract(f.refundsFromPunos())
                .add(f.administrativeAgentFee())
                .add(f.directCosts())
                .add(f.bankCharges());
        BigDecimal withAgent = sources.subtract(uses);
        BigDecimal expenses = f.punoExpenditure().add(f.refundsFromPunos());
        BigDecimal withPunos = f.transfersToPunos().subtract(expenses);
        BigDecimal total = withAgent.add(withPunos);
        Section aa = Section.WITH_ADMINISTRATIVE_AGENT;
        Section po = Section.WITH_PARTICIPATING_ORGANIZATIONS;
        return new FundingStatus(List.of(
                flow(aa, "contributions", f.contributions()),
                flow(aa, "fundInterest", f.fundInterest()),
                flow(aa, "punoInterest", f.punoInterest()),
                new Line(aa, "totalSources", sources, Kind.SUBTOTAL, null),
                flow(aa, "transfersToPunos", f.transfersToPunos()),
                flow(aa, "transfersToMdtfs", f.transfersToMdtfs()),
                flow(aa, "refunds", f.refundsFromPunos()),
                flow(aa, "administrativeAgentFee", f.administrativeAgentFee()),
                flow(aa, "directCosts", f.directCosts()),
                flow(aa, "bankCharges", f.bankCharges()),
                new Line(aa, "totalUses", uses, Kind.SUBTOTAL, null),
                new Line(aa, "balanceWithAgent", withAgent, Kind.BALANCE, percent(withAgent, f.contributions())),
                flow(po, "transfersToPunos", f.transfersToPunos()),
                flow(po, "punoExpenditure", f.punoExpenditure()),
                flow(po, "refunds", f.refundsFromPunos()),
                new Line(po, "totalExpenses", expenses, Kind.SUBTOTAL, null),
                new Line(po, "balanceWithPunos", withPunos, Kind.BALANCE, percent(withPunos, f.transfersToPunos())),
                new Line(Section.TOTAL, "totalBalance", total, Kind.BALANCE, percent(total, f.contributions()))));
    }

    private static Line flow(Section section, String key, BigDecimal amount) {
        return new Line(section, key, amount, Kind.FLOW, null);
    }

    /** A share as the Gateway prints it, in percent to one decimal (HALF_EVEN); null of nothing. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN);
    }

    /** The line of a section by its key. */
    public Line line(Section section, String key) {
        return lines.stream()
                .filter(l -> l.section() == section && l.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + key + " in " + section));
    }
}

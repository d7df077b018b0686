package org.migrationmptf.fund.programme.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.Money;

/**
 * A joint programme's budget in US dollars: direct costs per PUNO x UN budget category (1-7) x year,
 * and per PUNO the indirect-support-cost line computed from them at the PUNO's rate, which may not
 * exceed 7 % (invariant 7). The ISC line is never typed in: it is {@code round(rate x direct)},
 * HALF_EVEN to the cent, so it cannot drift from the direct costs it recovers.
 */
public final class ProgrammeBudget {

    /** The UN system's indirect-support-cost ceiling for pass-through funds. */
    public static final BigDecimal MAX_ISC_RATE = new BigDecimal("0.07");

    /** The UN (UNDG) direct-cost budget categories a line may be in. */
    public static final Set<String> DIRECT_CATEGORIES = Set.of("1", "2", "3", "4", "5", "6", "7");

    /** One line of direct costs. */
    public record Line(String puno, String category, int year, Money amount) {
        public Line {
            if (!DIRECT_CATEGORIES.contains(category)) {
                throw invalid("category", "use a UN budget category 1 to 7 (ISC is computed, not entered)");
            }
            if (!amount.currency().equals(CurrencyCode.USD)) {
                throw invalid("amount", "budgets are in USD");
            }
            if (amount.isNegative()) {
                throw invalid("amount", "a budget line cannot be negative");
            }
        }
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput(field + ": " + message, List.of(new InvalidInput.Issue(field, message)));
    }

    private final List<Line> lines;
    private final Map<String, BigDecimal> iscRates;

    private ProgrammeBudget(List<Line> lines, Map<String, BigDecimal> iscRates) {
        this.lines = List.copyOf(lines);
        this.iscRates = Map.copyOf(iscRates);
    }

    /**
     * The budget of these lines, each PUNO's ISC at its rate ({@link #MAX_ISC_RATE} when none is
     * given). A rate above 7 % (or below zero) is refused, naming the PUNO.
     */
    public static ProgrammeBudget of(List<Line> lines, Map<String, BigDecimal> iscRates) {
        Map<String, BigDecimal> rates = new TreeMap<>();
        for (Line line : lines) {
            rates.putIfAbsent(line.puno(), MAX_ISC_RATE);
        }
        iscRates.forEach((puno, rate) -> {
            if (rate.signum() < 0 || rate.compareTo(MAX_ISC_RATE) > 0) {
                throw new DomainRuleViolation(
                        "isc-above-ceiling",
                        "the indirect support costs of " + puno + " would be "
                                + rate.movePointRight(2).stripTrailingZeros().toPlainString()
                                + " % of direct costs; at most 7 % is allowed");
            }
            rates.put(puno, rate);
        });
        return new ProgrammeBudget(lines, rates);
    }

    public List<Line> lines() {
        return lines;
    }

    /** The PUNOs the budget funds, in code order. */
    public Set<String> punos() {
        return new TreeSet<>(iscRates.keySet());
    }

    public Money directCosts(String puno) {
        return lines.stream()
                .filter(l -> l.puno().equals(puno))
                .map(Line::amount)
                .reduce(Money.zero(CurrencyCode.USD), Money::plus);
    }

    /** The computed ISC line of a PUNO: its rate times its direct costs, to the cent. */
    public Money indirectSupportCosts(String puno) {
        return Money.rounded(
                directCosts(puno).amount().multiply(iscRates.getOrDefault(puno, BigDecimal.ZERO)), CurrencyCode.USD);
    }

    public Money total(String puno) {
        return directCosts(puno).plus(indirectSupportCosts(puno));
    }

    public Money total() {
        return punos().stream().map(this::total).reduce(Money.zero(CurrencyCode.USD), Money::plus);
    }

    /**
     * Refuses indirect support costs stated elsewhere (an expenditure report, an allocation) above 7 %
     * of the direct costs they go with.
     */
    public static void requireIscWithinCeiling(String puno, Money direct, Money isc) {
        Money ceiling = Money.rounded(direct.amount().multiply(MAX_ISC_RATE), CurrencyCode.USD);
        if (isc.isGreaterThan(ceiling)) {
            throw new DomainRuleViolation(
                    "isc-above-ceiling",
                    "indirect support costs of " + puno + " are USD "
                            + isc.amount().toPlainString() + ", above 7 % of USD "
                            + direct.amount().toPlainString() + " (USD "
                            + ceiling.amount().toPlainString() + ")");
        }
    }
}

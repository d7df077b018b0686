package org.migrationmptf.fund.disbursement.domain;

import java.math.BigDecimal;
import java.util.Map;
import org.migrationmptf.fund.disbursement.api.AllocationRequest;
import org.migrationmptf.fund.disbursement.api.Availability;
import org.migrationmptf.fund.disbursement.api.WindowAvailability;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/**
 * The earmarking rule of design.md, as arithmetic on maintained balances: an area's allocations use
 * its own earmarked money (contributions net of the AA fee) first, then the unearmarked pool; what
 * they drew from the pool is no longer available to any area.
 *
 * <pre>
 *   drawn(B)     = max(0, allocated(B) - earmarked(B))          for every area B
 *   available(A) = max(0, earmarked(A) - allocated(A)) + pool - sum over B of drawn(B)
 * </pre>
 *
 * @param earmarkedNet per thematic area, its earmarked contributions less their AA fee
 * @param pool net unearmarked contributions and fund-earned interest, less direct costs and bank charges
 * @param allocated per thematic area, its approved allocations (in the programmatic window)
 * @param windowNet per window other than the programmatic one, the contributions earmarked to it net
 *     of their AA fee
 * @param windowAllocated per such window, its approved allocations
 */
public record AvailableFunds(
        Map<String, BigDecimal> earmarkedNet,
        BigDecimal pool,
        Map<String, BigDecimal> allocated,
        Map<String, BigDecimal> windowNet,
        Map<String, BigDecimal> windowAllocated) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    public AvailableFunds {
        earmarkedNet = Map.copyOf(earmarkedNet);
        allocated = Map.copyOf(allocated);
        windowNet = Map.copyOf(windowNet);
        windowAllocated = Map.copyOf(windowAllocated);
    }

    /** The programmatic window only. */
    public AvailableFunds(Map<String, BigDecimal> earmarkedNet, BigDecimal pool, Map<String, BigDecimal> allocated) {
        this(earmarkedNet, pool, allocated, Map.of(), Map.of());
    }

    /** What a window other than the programmatic one may still allocate: its own earmarked money only. */
    public WindowAvailability ofWindow(String window) {
        BigDecimal net = windowNet.getOrDefault(window, ZERO);
        BigDecimal used = windowAllocated.getOrDefault(window, ZERO);
        return new WindowAvailability(window, net, used, net.subtract(used));
    }

    /**
     * Refuses an allocation of {@code amount} in {@code window} charged to {@code area} above what it
     * may still allocate: the area's rule in the programmatic window, the window's own money in another.
     *
     * @throws DomainRuleViolation {@code insufficient-available}
     */
    public void requireAvailable(String area, String window, BigDecimal amount) {
        if (window == null || window.equals(AllocationRequest.PROGRAMMATIC)) {
            requireAvailable(area, amount);
            return;
        }
        BigDecimal available = ofWindow(window).available();
        if (amount.compareTo(available) > 0) {
            throw new DomainRuleViolation(
                    "insufficient-available",
                    "window " + window + " has USD " + available.toPlainString() + " available; an allocation of USD "
                            + amount.toPlainString() + " exceeds it by USD "
                            + amount.subtract(available).toPlainString());
        }
    }

    /** What every area's allocations drew from the pool. */
    public BigDecimal drawnFromPool() {
        BigDecimal drawn = ZERO;
        for (var entry : allocated.entrySet()) {
            drawn = drawn.add(entry.getValue()
                    .subtract(earmarkedNet.getOrDefault(entry.getKey(), ZERO))
                    .max(ZERO));
        }
        return drawn;
    }

    public Availability of(String area) {
        BigDecimal earmarked = earmarkedNet.getOrDefault(area, ZERO);
        BigDecimal allocatedToArea = allocated.getOrDefault(area, ZERO);
        BigDecimal remaining = earmarked.subtract(allocatedToArea).max(ZERO);
        BigDecimal drawn = drawnFromPool();
        return new Availability(
                area,
                earmarked,
                allocatedToArea,
                remaining,
                pool,
                drawn,
                remaining.add(pool).subtract(drawn));
    }

    /**
     * Refuses an allocation of {@code amount} to {@code area} above what it may still allocate: one
     * cent above is refused, exactly the amount is accepted.
     *
     * @throws DomainRuleViolation {@code insufficient-available}
     */
    public void requireAvailable(String area, BigDecimal amount) {
        BigDecimal available = of(area).available();
        if (amount.compareTo(available) > 0) {
            throw new DomainRuleViolation(
                    "insufficient-available",
                    "thematic area " + area + " has USD " + available.toPlainString()
                            + " available; an allocation of USD " + amount.toPlainString() + " exceeds it by USD "
                            + amount.subtract(available).toPlainString());
        }
    }
}

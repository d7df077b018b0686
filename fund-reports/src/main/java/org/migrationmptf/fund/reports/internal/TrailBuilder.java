package org.migrationmptf.fund.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.migrationmptf.fund.disbursement.api.AllocationRequest;
import org.migrationmptf.fund.disbursement.api.CategoryExpenditure;
import org.migrationmptf.fund.disbursement.api.GrantAllocation;
import org.migrationmptf.fund.reports.api.MoneyTrail.Kind;
import org.migrationmptf.fund.reports.api.MoneyTrail.Step;

/**
 * Cuts the money trail from the fund's maintained figures, following design.md's earmarking rule: an
 * allocation charged to a thematic area uses the area's earmarked money first and the unearmarked
 * pool for the rest (in the same proportion for every allocation of the area); a window's allocations
 * use the window's money only. Money in a pool is co-mingled, so an amount in it (a deposit's net, a
 * contributor's) takes its pro-rata share of every use of the pool: share = amount / the pool's
 * sources to date. Every split is rounded to the cent by largest remainders with what is left as its
 * own step (not allocated, not transferred, unspent), so each step is exactly the sum of its children.
 */
final class TrailBuilder {

    static final String UNEARMARKED = "UNEARMARKED";
    static final String AREA = "THEMATIC_AREA:";
    static final String WINDOW = "WINDOW:";
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final int EXACT = 12;

    /**
     * The figures the trail is cut from: each pool's sources (contributions net of the AA fee, and the
     * fund's interest in the unearmarked pool) and costs (direct costs, bank charges) by earmark, the
     * approved allocations, transfers net of refunds per programme and PUNO, reported expenditure.
     */
    record Fund(
            Map<String, BigDecimal> sources,
            Map<String, BigDecimal> costs,
            List<GrantAllocation> allocations,
            Map<String, BigDecimal> netTransferred,
            List<CategoryExpenditure> expenditure,
            Map<String, String> categoryNames) {}

    /** Where the trail links: the records behind each kind of step. */
    interface Links {
        String pool(String earmark);

        String costs();

        String allocations(String programme);

        String transfers(String programme);

        String expenditure(String programme);
    }

    private final Fund fund;
    private final Links links;
    private final Map<String, BigDecimal> areaAllocated = new HashMap<>();
    private final Map<String, BigDecimal> windowAllocated = new HashMap<>();
    private final Map<String, BigDecimal> pairAllocated = new HashMap<>();
    private final Map<String, Map<String, BigDecimal>> pairSpent = new HashMap<>();

    TrailBuilder(Fund fund, Links links) {
        this.fund = fund;
        this.links = links;
        for (GrantAllocation g : fund.allocations()) {
            if (programmatic(g)) {
                areaAllocated.merge(g.thematicArea(), g.amount(), BigDecimal::add);
            } else {
                windowAllocated.merge(g.window(), g.amount(), BigDecimal::add);
            }
            pairAllocated.merge(pair(g.programme(), g.puno()), g.amount(), BigDecimal::add);
        }
        for (CategoryExpenditure e : fund.expenditure()) {
            pairSpent
                    .computeIfAbsent(pair(e.programme(), e.puno()), k -> new TreeMap<>())
                    .merge(e.category(), e.amount(), BigDecimal::add);
        }
    }

    static String pair(String programme, String puno) {
        return programme + "|" + puno;
    }

    private static boolean programmatic(GrantAllocation g) {
        return g.window() == null || g.window().isEmpty() || g.window().equals(AllocationRequest.PROGRAMMATIC);
    }

    BigDecimal sources(String earmark) {
        return fund.sources().getOrDefault(earmark, ZERO);
    }

    /** What an allocation drew on the pool of {@code earmark}, exactly (not yet rounded). */
    BigDecimal draw(GrantAllocation g, String earmark) {
        if (!programmatic(g)) {
            if (!earmark.equals(WINDOW + g.window())) {
                return BigDecimal.ZERO;
            }
            BigDecimal allocated = windowAllocated.get(g.window());
            BigDecimal money = sources(earmark);
            return money.compareTo(allocated) >= 0
                    ? g.amount()
                    : g.amount().multiply(money).divide(allocated, EXACT, RoundingMode.HALF_EVEN);
        }
        BigDecimal allocated = areaAllocated.get(g.thematicArea());
        BigDecimal earmarked = sources(AREA + g.thematicArea()).max(BigDecimal.ZERO);
        BigDecimal fromEarmark = earmarked.min(allocated);
        BigDecimal own = g.amount().multiply(fromEarmark).divide(allocated, EXACT, RoundingMode.HALF_EVEN);
        if (earmark.equals(AREA + g.thematicArea())) {
            return own;
        }
        return earmark.equals(UNEARMARKED) ? g.amount().subtract(own) : BigDecimal.ZERO;
    }

    /** What the area's allocations drew from the unearmarked pool, exactly. */
    BigDecimal drawnFromPool(String area) {
        BigDecimal drawn = BigDecimal.ZERO;
        for (GrantAllocation g : fund.allocations()) {
            if (programmatic(g) && g.thematicArea().equals(area)) {
                drawn = drawn.add(draw(g, UNEARMARKED));
            }
        }
        return drawn;
    }

    /** An amount of the pool of {@code earmark}, followed through its pro-rata share of every use. */
    Step pool(String earmark, BigDecimal amount) {
        List<BigDecimal> weights = new ArrayList<>();
        List<GrantAllocation> drawing = new ArrayList<>();
        BigDecimal costs = fund.costs().getOrDefault(earmark, ZERO);
        weights.add(costs.max(BigDecimal.ZERO));
        for (GrantAllocation g : fund.allocations()) {
            BigDecimal d = draw(g, earmark);
            if (d.signum() > 0) {
                drawing.add(g);
                weights.add(d);
            }
        }
        BigDecimal[] parts = split(amount, weights, sources(earmark));
        List<Step> steps = new ArrayList<>();
        add(steps, new Step(Kind.COSTS, earmark, "", parts[0], links.costs(), List.of()));
        for (int i = 0; i < drawing.size(); i++) {
            add(steps, allocation(drawing.get(i), parts[i + 1]));
        }
        add(steps, new Step(Kind.UNALLOCATED, earmark, "", parts[parts.length - 1], null, List.of()));
        return new Step(Kind.POOL, earmark, "", amount, links.pool(earmark), steps);
    }

    /** A thematic area's money: its earmarked contributions and what its allocations drew from the pool. */
    Step area(String area) {
        BigDecimal earmarked = sources(AREA + area).max(BigDecimal.ZERO);
        BigDecimal drawn = drawnFromPool(area).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal money = earmarked.add(drawn);
        List<Step> steps = new ArrayList<>();
        BigDecimal allocated = ZERO;
        for (GrantAllocation g : fund.allocations()) {
            if (programmatic(g) && g.thematicArea().equals(area)) {
                add(steps, allocation(g, g.amount()));
                allocated = allocated.add(g.amount());
            }
        }
        add(steps, new Step(Kind.UNALLOCATED, AREA + area, "", money.subtract(allocated), null, List.of()));
        return new Step(Kind.MONEY, AREA + area, "", money, links.pool(AREA + area), steps);
    }

    /** An amount of an allocation: transferred (by the pair's transfers net of refunds) and not yet. */
    private Step allocation(GrantAllocation g, BigDecimal amount) {
        String pair = pair(g.programme(), g.puno());
        BigDecimal allocated = pairAllocated.get(pair);
        BigDecimal net = fund.netTransferred().getOrDefault(pair, ZERO).max(BigDecimal.ZERO);
        BigDecimal[] parts = split(amount, List.of(net.min(allocated)), allocated);
        List<Step> steps = new ArrayList<>();
        add(steps, transferred(g, parts[0], net));
        add(steps, new Step(Kind.NOT_TRANSFERRED, pair, "", parts[1], null, List.of()));
        String label = g.programme() + " · " + g.puno() + " · " + g.thematicArea()
                + (programmatic(g) ? "" : " · " + g.window());
        return new Step(Kind.ALLOCATION, pair, label, amount, links.allocations(g.programme()), steps);
    }

    /** An amount transferred to a pair: its expenditure per budget category, and what is unspent. */
    private Step transferred(GrantAllocation g, BigDecimal amount, BigDecimal net) {
        String pair = pair(g.programme(), g.puno());
        Map<String, BigDecimal> spent = pairSpent.getOrDefault(pair, Map.of());
        BigDecimal reported = spent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> categories = new ArrayList<>(spent.keySet());
        categories.sort(Comparator.comparing(c -> c.equals("ISC") ? "~" : c));
        List<BigDecimal> weights = new ArrayList<>();
        for (String c : categories) {
            weights.add(spent.get(c));
        }
        BigDecimal[] parts = split(amount, weights, net.max(reported));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            String c = categories.get(i);
            add(
                    steps,
                    new Step(
                            Kind.EXPENDITURE,
                            c,
                            fund.categoryNames().getOrDefault(c, c),
                            parts[i],
                            links.expenditure(g.programme()),
                            List.of()));
        }
        add(steps, new Step(Kind.UNSPENT, pair, g.puno(), parts[parts.length - 1], null, List.of()));
        return new Step(Kind.TRANSFERRED, pair, g.puno(), amount, links.transfers(g.programme()), steps);
    }

    private static void add(List<Step> steps, Step step) {
        if (step.amount().signum() != 0) {
            steps.add(step);
        }
    }

    /**
     * Splits {@code total} into one part per weight, each {@code total * weight / whole} (the weights
     * summing to at most {@code whole}), rounded to the cent by largest remainders so that they add up
     * to their exact sum rounded, and a last part, what is left: the parts add up to {@code total}
     * exactly. A zero whole leaves everything in the last part.
     */
    static BigDecimal[] split(BigDecimal total, List<BigDecimal> weights, BigDecimal whole) {
        BigDecimal[] parts = new BigDecimal[weights.size() + 1];
        java.util.Arrays.fill(parts, ZERO);
        if (whole.signum() <= 0) {
            parts[weights.size()] = total.setScale(2, RoundingMode.HALF_EVEN);
            return parts;
        }
        BigDecimal[] exact = new BigDecimal[weights.size()];
        BigDecimal exactSum = BigDecimal.ZERO;
        BigDecimal floorSum = ZERO;
        for (int i = 0; i < exact.length; i++) {
            exact[i] = total.multiply(weights.get(i).max(BigDecimal.ZERO)).divide(whole, EXACT, RoundingMode.HALF_EVEN);
            exactSum = exactSum.add(exact[i]);
            parts[i] = exact[i].setScale(2, RoundingMode.FLOOR);
            floorSum = floorSum.add(parts[i]);
        }
        BigDecimal rounded = exactSum.setScale(2, RoundingMode.HALF_EVEN);
        if (total.signum() >= 0 && rounded.compareTo(total) > 0) {
            rounded = total.setScale(2, RoundingMode.HALF_EVEN);
        }
        int cents = rounded.subtract(floorSum).movePointRight(2).intValueExact();
        Integer[] order = new Integer[exact.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> exact[b].subtract(parts[b]).compareTo(exact[a].subtract(parts[a])));
        for (int k = 0; k < cents && order.length > 0; k++) {
            int i = order[k % order.length];
            parts[i] = parts[i].add(new BigDecimal("0.01"));
        }
        parts[weights.size()] = total.setScale(2, RoundingMode.HALF_EVEN).subtract(rounded);
        return parts;
    }
}

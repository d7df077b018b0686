package org.migrationmptf.fund.reports.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the money went, for a deposit, a contributor or a thematic area: a tree whose root is the
 * money followed and whose every step is split, to the cent, into the steps below it (each step's
 * amount is the sum of its children's). Under a pool step: its share of the pool's costs, of each
 * allocation drawn on the pool, and what is not allocated yet; under an allocation: transferred and
 * not yet transferred; under a transfer: expenditure per UN budget category and what the PUNO still
 * holds. {@code sources} says how the root's amount is made up (a deposit less its fee, the area's
 * earmarked money plus what it drew from the unearmarked pool).
 */
public record MoneyTrail(Scope scope, String subject, String name, LocalDate asOf, List<Source> sources, Step root) {

    public MoneyTrail {
        sources = List.copyOf(sources);
    }

    public enum Scope {
        DEPOSIT,
        CONTRIBUTOR,
        AREA
    }

    /** What a step is; the label keys of the reports' texts are {@code trail.kind.<KIND>}. */
    public enum Kind {
        MONEY,
        POOL,
        COSTS,
        ALLOCATION,
        UNALLOCATED,
        TRANSFERRED,
        NOT_TRANSFERRED,
        EXPENDITURE,
        UNSPENT
    }

    /** One part of the root's amount: a deposit's USD value (positive), its AA fee (negative). */
    public record Source(String key, String detail, BigDecimal amount, String link) {}

    /**
     * A step of the trail: what it is, its code (an earmark, a programme/PUNO, a budget category),
     * its amount in USD and a link to the records behind it (ledger entries, allocations, reports).
     */
    public record Step(Kind kind, String code, String label, BigDecimal amount, String link, List<Step> steps) {

        public Step {
            steps = List.copyOf(steps);
        }

        /** The sum of the steps below, which equals {@code amount} wherever there are any. */
        public BigDecimal stepsTotal() {
            return steps.stream().map(Step::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        /** The step and every step below it, depth first, with its depth (the root is 0). */
        public List<Flat> flatten() {
            List<Flat> rows = new ArrayList<>();
            flatten(0, rows);
            return rows;
        }

        private void flatten(int depth, List<Flat> rows) {
            rows.add(new Flat(depth, this));
            for (Step s : steps) {
                s.flatten(depth + 1, rows);
            }
        }

        /** The amount of every step of this kind below, summed (e.g. all expenditure of the trail). */
        public BigDecimal total(Kind kind) {
            return flatten().stream()
                    .filter(f -> f.step().kind() == kind)
                    .map(f -> f.step().amount())
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    public record Flat(int depth, Step step) {}
}

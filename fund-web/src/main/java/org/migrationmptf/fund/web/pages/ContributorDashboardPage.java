package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorDetail;
import org.migrationmptf.fund.contribution.api.ContributorSummary;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.contribution.api.PledgeView;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.NotFound;

/**
 * The donor dashboard: a contributor's commitments against deposits per agreement, arrears, every
 * deposit with original amount, rate, US dollars and fee (paged in the database), deposits per year
 * as a chart with its figures as a table, and the statement for a chosen period. A contributor's
 * user sees its own contributor; staff open one from the contributors page ({@code ?code=}). The
 * figures come from the same register the API and the statement read.
 */
@Named
@ViewScoped
public class ContributorDashboardPage implements Serializable, Downloadable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> DEPOSIT_SORTS = Set.of("receivedOn", "usdAmount", "status", "id");

    /** The chart's drawing area, in SVG units. */
    static final int CHART_LEFT = 64;

    static final int CHART_TOP = 12;
    static final int CHART_HEIGHT = 160;
    static final int BAR_STEP = 56;
    static final int BAR_WIDTH = 36;

    /** One bar of the deposits-per-year chart: year, US dollars, its height and place, in SVG units. */
    public record YearBar(int year, BigDecimal usd, int height, int x) {

        public int y() {
            return CHART_TOP + CHART_HEIGHT - height;
        }

        public int labelX() {
            return x + BAR_WIDTH / 2;
        }
    }

    /** A tick of the chart's axis: its height in SVG units and its label in the axis unit. */
    public record Tick(int y, String label) {}

    @Inject
    ContributionRegister register;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.migrationmptf.fund.disbursement.api.FundingRegister funding;

    private PagedTable<org.migrationmptf.fund.disbursement.api.DonorProgramme> programmes;

    /**
     * The published programmes the areas this contributor earmarked money to fund, a page at a time,
     * with their final figures only.
     */
    public PagedTable<org.migrationmptf.fund.disbursement.api.DonorProgramme> getProgrammes() {
        if (programmes == null) {
            String contributor = contributor().orElse("");
            programmes = new PagedTable<>(
                    page -> funding.fundedBy(contributor, page, currentUser.required()),
                    org.migrationmptf.fund.programme.api.ProgrammeRegister.SORTS,
                    "code",
                    false);
        }
        return programmes;
    }

    /** A programme's countries as the table shows them: "MEX, GTM". */
    public String countries(List<String> codes) {
        return String.join(", ", codes);
    }

    /** The thematic areas the contributor earmarked money to, e.g. "TA2, TA4" (empty when none). */
    public String getEarmarkedAreas() {
        return String.join(", ", funding.earmarkedAreas(contributor().orElse("")));
    }

    @Inject
    Clock clock;

    private String code;
    private LocalDate from;
    private LocalDate to;
    private transient Loaded loaded;
    private PagedTable<DepositView> deposits;
    private transient Chart chart;

    private record Loaded(ContributorDetail detail, List<AgreementView> agreements, String problem) {}

    /** The chart's bars, axis ticks, unit and size, computed once per request. */
    public record Chart(List<YearBar> bars, List<Tick> ticks, String unitKey, int width) {}

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The contributor shown: the one asked for, else the signed-in contributor's own. */
    private Optional<String> contributor() {
        return code != null && !code.isBlank()
                ? Optional.of(code.strip())
                : currentUser.required().contributor();
    }

    private Loaded load() {
        if (loaded == null) {
            AuthenticatedUser user = currentUser.required();
            Optional<String> contributor = contributor();
            if (contributor.isEmpty()) {
                loaded = new Loaded(
                        null, List.of(), Texts.text(user.isFundStaff() ? "dashboard.choose" : "dashboard.none"));
                return loaded;
            }
            try {
                LocalDate today = LocalDate.now(clock);
                loaded = new Loaded(
                        register.contributor(contributor.get(), today, Optional.of(user)),
                        register.agreementsOf(contributor.get(), today, user),
                        null);
            } catch (NotFound e) {
                loaded = new Loaded(null, List.of(), Texts.format("dashboard.notFound", contributor.get()));
            }
        }
        return loaded;
    }

    public String getProblem() {
        return load().problem();
    }

    public ContributorSummary getSummary() {
        return load().detail() == null ? null : load().detail().summary();
    }

    public ContributorDetail getDetail() {
        return load().detail();
    }

    public List<AgreementView> getAgreements() {
        if (agreements == null) {
            // a mutable copy: the table sorts it in place
            agreements = new java.util.ArrayList<>(load().agreements());
        }
        return agreements;
    }

    /** Every deposit of the contributor, latest first, a page at a time. */
    private List<AgreementView> agreements;

    public PagedTable<DepositView> getDeposits() {
        if (deposits == null) {
            String contributor = contributor().orElse("");
            deposits = new PagedTable<>(
                    page -> register.depositsOfContributor(contributor, page, currentUser.required()),
                    DEPOSIT_SORTS,
                    "receivedOn",
                    true);
        }
        return deposits;
    }

    /** Posted deposits in US dollars for every year from the first deposit to this year, zero years too. */
    public SortedMap<Integer, BigDecimal> getPerYear() {
        ContributorSummary summary = getSummary();
        return summary == null
                ? new java.util.TreeMap<>()
                : register.depositsPerYear(summary.code(), LocalDate.now(clock), currentUser.required());
    }

    public Chart getChart() {
        if (chart == null) {
            chart = chart(getPerYear());
        }
        return chart;
    }

    /** The bars on a scale from zero to a round maximum, with five ticks in millions or thousands of dollars. */
    static Chart chart(SortedMap<Integer, BigDecimal> perYear) {
        BigDecimal max = perYear.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal top = roundUp(max);
        boolean millions = top.compareTo(BigDecimal.valueOf(1_000_000)) >= 0;
        BigDecimal unit = BigDecimal.valueOf(millions ? 1_000_000 : 1_000);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            BigDecimal value =
                    top.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_EVEN);
            int y = CHART_TOP + CHART_HEIGHT - CHART_HEIGHT * i / 4;
            BigDecimal inUnit = value.divide(unit, 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
            ticks.add(new Tick(y, Formats.amount(inUnit.setScale(Math.max(0, inUnit.scale())), Languages.current())));
        }
        List<YearBar> bars = new ArrayList<>();
        int index = 0;
        for (Map.Entry<Integer, BigDecimal> e : perYear.entrySet()) {
            int height = top.signum() == 0
                    ? 0
                    : e.getValue()
                            .multiply(BigDecimal.valueOf(CHART_HEIGHT))
                            .divide(top, 0, RoundingMode.HALF_EVEN)
                            .intValue();
            bars.add(new YearBar(e.getKey(), e.getValue(), height, CHART_LEFT + 12 + BAR_STEP * index++));
        }
        return new Chart(
                bars,
                ticks,
                millions ? "dashboard.chartUnitMillions" : "dashboard.chartUnitThousands",
                CHART_LEFT + 24 + BAR_STEP * Math.max(1, bars.size()));
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code value} (1,000 at least). */
    static BigDecimal roundUp(BigDecimal value) {
        BigDecimal power = BigDecimal.valueOf(1_000);
        while (true) {
            for (String step : new String[] {"1", "2", "2.5", "5"}) {
                BigDecimal candidate = power.multiply(new BigDecimal(step));
                if (candidate.compareTo(value) >= 0) {
                    return candidate;
                }
            }
            power = power.multiply(BigDecimal.TEN);
        }
    }

    /** The contributor's public pledges with what was signed and paid against each. */
    public List<PledgeView> getPledges() {
        ContributorSummary summary = getSummary();
        return summary == null ? List.of() : register.pledges(Optional.of(summary.code()));
    }

    /** The statement period: this year so far unless chosen. */
    public LocalDate getFrom() {
        return from == null ? getTo().withDayOfYear(1) : from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to == null ? LocalDate.now(clock) : to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** "Unearmarked", or the thematic area / window of an earmark label such as THEMATIC_AREA:TA2. */
    public String earmark(String label) {
        // EL hands a null String argument over as "", so a blank label is "unearmarked" too
        if (label == null || label.isBlank() || label.equals("UNEARMARKED") || !label.contains(":")) {
            return Texts.text("earmark.none");
        }
        String[] parts = label.split(":", 2);
        return Texts.format(parts[0].equals("WINDOW") ? "earmark.window" : "earmark.area", parts[1]);
    }

    /** How an agreement is earmarked, in words. */
    public String earmarkOf(AgreementView agreement) {
        return agreement.earmarkCode() == null
                ? earmark(null)
                : earmark(agreement.earmarkKind() + ":" + agreement.earmarkCode());
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        ContributorSummary summary = getSummary();
        if (summary == null) {
            return Optional.empty();
        }
        String prefix = summary.code().toLowerCase(java.util.Locale.ROOT) + "-";
        return switch (name) {
            case "positions" ->
                Optional.of(Sheet.of(
                        prefix + "positions",
                        Texts.text("dashboard.positions"),
                        List.of(
                                Column.text(Texts.text("dashboard.currency")),
                                Column.amountAsHeld(Texts.text("dashboard.committed")),
                                Column.amountAsHeld(Texts.text("dashboard.deposited")),
                                Column.amountAsHeld(Texts.text("dashboard.pending")),
                                Column.amountAsHeld(Texts.text("dashboard.outstanding")),
                                Column.amountAsHeld(Texts.text("dashboard.arrears"))),
                        getDetail().positions(),
                        p -> List.of(
                                p.currency(),
                                p.committed(),
                                p.deposited(),
                                p.pending(),
                                p.outstanding(),
                                p.arrears())));
            case "agreements" ->
                Optional.of(Sheet.of(
                        prefix + "agreements",
                        Texts.text("dashboard.agreements"),
                        List.of(
                                Column.text(Texts.text("dashboard.agreement")),
                                Column.date(Texts.text("dashboard.signed")),
                                Column.text(Texts.text("dashboard.window")),
                                Column.text(Texts.text("dashboard.earmarking")),
                                Column.text(Texts.text("dashboard.currency")),
                                Column.amountAsHeld(Texts.text("dashboard.commitment")),
                                Column.amountAsHeld(Texts.text("dashboard.deposited")),
                                Column.amountAsHeld(Texts.text("dashboard.remaining")),
                                Column.amountAsHeld(Texts.text("dashboard.arrears"))),
                        getAgreements(),
                        a -> List.of(
                                a.reference(),
                                a.signedOn(),
                                Texts.text("window." + a.fundWindow()),
                                earmarkOf(a),
                                a.currency(),
                                a.commitment(),
                                a.deposited(),
                                a.remaining(),
                                a.arrears())));
            case "pledges" ->
                Optional.of(Sheet.of(
                        prefix + "pledges",
                        Texts.text("dashboard.pledges"),
                        List.of(
                                Column.text(Texts.text("dashboard.event")),
                                Column.date(Texts.text("dashboard.pledgedOn")),
                                Column.text(Texts.text("dashboard.currency")),
                                Column.amountAsHeld(Texts.text("dashboard.pledged")),
                                Column.text(Texts.text("dashboard.agreement")),
                                Column.amountAsHeld(Texts.text("dashboard.commitment")),
                                Column.amountAsHeld(Texts.text("dashboard.paid"))),
                        getPledges(),
                        p -> java.util.Arrays.asList(
                                p.event(),
                                p.pledgedOn(),
                                p.currency(),
                                p.pledged(),
                                p.agreementReference(),
                                p.signed(),
                                p.paid())));
            case "years" ->
                Optional.of(Sheet.of(
                        prefix + "deposits-per-year",
                        Texts.text("dashboard.perYear"),
                        List.of(
                                Column.integer(Texts.text("dashboard.year")),
                                Column.amount(Texts.text("dashboard.depositedUsd"))),
                        List.copyOf(getPerYear().entrySet()),
                        e -> List.of(e.getKey(), e.getValue())));
            case "programmes" ->
                Optional.of(Sheet.paged(
                        prefix + "programmes",
                        Texts.text("dashboard.programmes"),
                        List.of(
                                Column.text(Texts.text("programmes.code")),
                                Column.text(Texts.text("programmes.programmeTitle")),
                                Column.text(Texts.text("programmes.area")),
                                Column.text(Texts.text("programmes.status")),
                                Column.text(Texts.text("programmes.countries")),
                                Column.amount(Texts.text("programmes.budget")),
                                Column.amount(Texts.text("programme.allocated")),
                                Column.amount(Texts.text("programme.netFunded")),
                                Column.amount(Texts.text("programme.expenditure")),
                                Column.number(Texts.text("programme.deliveryRate"), 4)),
                        page -> funding.fundedBy(summary.code(), page, currentUser.required()),
                        "code",
                        false,
                        g -> java.util.Arrays.asList(
                                g.code(),
                                g.title(),
                                g.thematicArea(),
                                Texts.text("programmeStatus." + g.status().name()),
                                String.join(", ", g.countries()),
                                g.budget(),
                                g.allocated(),
                                g.netFunded(),
                                g.expenditure(),
                                g.deliveryRate())));
            case "deposits" ->
                Optional.of(Sheet.paged(
                        prefix + "deposits",
                        Texts.text("dashboard.deposits"),
                        List.of(
                                Column.date(Texts.text("dashboard.received")),
                                Column.text(Texts.text("dashboard.agreement")),
                                Column.text(Texts.text("dashboard.currency")),
                                Column.amountAsHeld(Texts.text("dashboard.originalAmount")),
                                Column.number(Texts.text("dashboard.rate"), 6),
                                Column.text(Texts.text("dashboard.rateSource")),
                                Column.date(Texts.text("dashboard.rateDate")),
                                Column.amount(Texts.text("dashboard.usd")),
                                Column.amount(Texts.text("dashboard.fee")),
                                Column.text(Texts.text("dashboard.earmark")),
                                Column.text(Texts.text("dashboard.status"))),
                        page -> register.depositsOfContributor(summary.code(), page, currentUser.required()),
                        "receivedOn",
                        true,
                        d -> List.of(
                                d.receivedOn(),
                                d.agreementReference(),
                                d.currency(),
                                d.amount(),
                                d.unitsPerUsd(),
                                Texts.text("rateSource." + d.rateSource()),
                                d.rateDate(),
                                d.usdAmount(),
                                d.feeUsd(),
                                earmark(d.earmark()),
                                Texts.text("deposit.status." + d.status().name()))));
            default -> Optional.empty();
        };
    }
}

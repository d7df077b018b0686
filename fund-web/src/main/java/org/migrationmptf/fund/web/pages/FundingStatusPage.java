package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migrationmptf.fund.audit.api.ReportStanding;
import org.migrationmptf.fund.reports.api.FundingStatusReports;
import org.migrationmptf.fund.reports.api.FundingStatusStatement;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.funding.FundingStatus;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.InvalidInput;

/**
 * The public transparency page: the Funding Status as of a date, in the reader's language, with the
 * words and figures of the PDF (one service reads both), its standing and a chart of where the
 * deposits stand. Signed-in staff download the same report as PDF, XLSX or CSV.
 */
@Named
@RequestScoped
public class FundingStatusPage implements Downloadable {

    /** A bar of the chart: its label, amount and length in the drawing (0-100). */
    public record Bar(String id, String label, BigDecimal amount, int length) {}

    @Inject
    FundingStatusReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.migrationmptf.fund.contribution.api.ContributionRegister contributions;

    private List<org.migrationmptf.fund.contribution.api.ContributorDeposits> deposits;

    @Inject
    org.migrationmptf.fund.reports.api.TransparencyReports transparency;

    private List<org.migrationmptf.fund.reports.api.AreaProgrammes> byArea;

    @Inject
    Clock clock;

    private LocalDate asOf;
    private FundingStatusStatement statement;

    public FundingStatusStatement getStatement() {
        if (statement == null) {
            try {
                statement = reports.statement(asOf == null ? LocalDate.now(clock) : asOf);
            } catch (InvalidInput e) {
                PageCommands.refused(e);
                statement = reports.statement(LocalDate.now(clock));
            }
        }
        return statement;
    }

    public boolean isCertified() {
        return getStatement().standing() == ReportStanding.CERTIFIED;
    }

    public String label(FundingStatus.Line line) {
        return reports.label(line, Languages.current());
    }

    public String heading(FundingStatus.Section section) {
        return reports.heading(section, Languages.current());
    }

    /** The lines, each with whether a section starts at it (the table's group rows). */
    public List<FundingStatus.Line> getLines() {
        return getStatement().lines();
    }

    public boolean startsSection(int index) {
        List<FundingStatus.Line> lines = getLines();
        return index == 0 || lines.get(index - 1).section() != lines.get(index).section();
    }

    /** Where the deposits stand: with the Administrative Agent, with the PUNOs, spent, and the costs. */
    public List<Bar> getBars() {
        FundingStatus table = new FundingStatus(getLines());
        FundingStatus.Section aa = FundingStatus.Section.WITH_ADMINISTRATIVE_AGENT;
        FundingStatus.Section po = FundingStatus.Section.WITH_PARTICIPATING_ORGANIZATIONS;
        List<FundingStatus.Line> shown = List.of(
                table.line(aa, "contributions"),
                table.line(aa, "transfersToPunos"),
                table.line(po, "punoExpenditure"),
                table.line(aa, "balanceWithAgent"),
                table.line(po, "balanceWithPunos"));
        BigDecimal largest = shown.stream()
                .map(l -> l.amount().abs())
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        return shown.stream()
                .map(l -> new Bar(
                        "bar-" + l.section().name().toLowerCase(Locale.ROOT) + "-" + l.key(),
                        label(l),
                        l.amount(),
                        largest.signum() == 0
                                ? 0
                                : l.amount()
                                        .abs()
                                        .multiply(BigDecimal.valueOf(100))
                                        .divide(largest, 0, RoundingMode.HALF_EVEN)
                                        .intValue()))
                .toList();
    }

    /** Each contributor's deposits to the as-of date, largest first: public figures, one statement. */
    public List<org.migrationmptf.fund.contribution.api.ContributorDeposits> getContributions() {
        if (deposits == null) {
            deposits = contributions.depositedThrough(getStatement().asOf()).stream()
                    .sorted(java.util.Comparator.comparing(
                                    org.migrationmptf.fund.contribution.api.ContributorDeposits::usd)
                            .reversed()
                            .thenComparing(org.migrationmptf.fund.contribution.api.ContributorDeposits::name))
                    .toList();
        }
        return deposits;
    }

    /** The contributions' total: the table's first line, contributions from donors, to the cent. */
    public BigDecimal getContributionsTotal() {
        return getContributions().stream()
                .map(org.migrationmptf.fund.contribution.api.ContributorDeposits::usd)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Published programmes by thematic area and geography with their approved allocations to the date. */
    public List<org.migrationmptf.fund.reports.api.AreaProgrammes> getProgrammesByArea() {
        if (byArea == null) {
            byArea = transparency.programmesByArea(getStatement().asOf());
        }
        return byArea;
    }

    public BigDecimal getAllocatedTotal() {
        return getProgrammesByArea().stream()
                .map(org.migrationmptf.fund.reports.api.AreaProgrammes::allocated)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Staff download the report; the public reads it here and through the public API. */
    public boolean isDownloadable() {
        return currentUser.isStaff();
    }

    @Override
    public Optional<Sheet> sheet(String table) {
        return Optional.empty();
    }

    @Override
    public Optional<RenderedReport> report(String table, String format) {
        if (!table.equals("funding-status") || !isDownloadable()) {
            return Optional.empty();
        }
        return ReportFormat.of(format)
                .map(kind ->
                        reports.render(getStatement().asOf(), kind, Languages.current(), currentUser.getUsername()));
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }
}

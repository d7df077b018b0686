package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reference.api.ThematicAreaView;
import org.migrationmptf.fund.reports.api.MoneyTrail;
import org.migrationmptf.fund.reports.api.MoneyTrails;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.NotFound;

/**
 * Where the money went, for a deposit, a contributor or a thematic area: the stages as a flow chart
 * (followed, allocated, transferred, spent), every step indented under the one it came from with its
 * share and a link to its records, and the PDF, XLSX and CSV of the same trail. The same service as
 * the API; a donor's users see their own contributor's trail by default and no one else's.
 */
@Named
@RequestScoped
public class MoneyTrailPage implements Downloadable {

    /** A step as the page shows it: indented by its depth, with its words, amount, share and link. */
    public record Row(int depth, String kind, String label, BigDecimal amount, BigDecimal share, String link) {}

    /** A stage of the flow chart: its words, amount and length in the drawing (0-100). */
    public record Stage(String id, String label, BigDecimal amount, int length) {}

    @Inject
    MoneyTrails trails;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    org.migrationmptf.fund.contribution.api.ContributionRegister contributions;

    private String deposit;
    private String contributor;
    private String area;
    private MoneyTrail trail;
    private boolean looked;

    /** The trail asked for, or the viewer's own (a donor's contributor, the first area for staff). */
    public MoneyTrail getTrail() {
        if (!looked) {
            looked = true;
            AuthenticatedUser user = currentUser.required();
            try {
                if (present(deposit)) {
                    if (!deposit.trim().matches("[0-9]{1,18}")) {
                        PageCommands.refused(new NotFound("deposit " + deposit));
                        return null;
                    }
                    trail = trails.deposit(Long.parseLong(deposit.trim()), user);
                } else if (present(contributor)) {
                    trail = trails.contributor(contributor.trim(), user);
                } else if (present(area)) {
                    trail = trails.area(area.trim(), user);
                } else if (user.contributor().isPresent()) {
                    trail = trails.contributor(user.contributor().get(), user);
                } else if (!catalog.thematicAreas().isEmpty()) {
                    area = catalog.thematicAreas().get(0).code();
                    trail = trails.area(area, user);
                }
            } catch (NotFound e) {
                PageCommands.refused(e);
            }
        }
        return trail;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public List<Row> getRows() {
        MoneyTrail t = getTrail();
        if (t == null) {
            return List.of();
        }
        Locale locale = Languages.current();
        List<Row> rows = new ArrayList<>();
        for (MoneyTrail.Flat f : t.root().flatten()) {
            rows.add(new Row(
                    f.depth(),
                    f.step().kind().name(),
                    trails.label(f.step(), locale),
                    f.step().amount(),
                    share(f.step().amount(), t.root().amount()),
                    link(f.step())));
        }
        return rows;
    }

    /**
     * Where a step's records are for this viewer: a programme's steps open its page (allocations,
     * transfers, expenditure reports), the others the API's records; a donor's role opens neither, so
     * it gets no links (the figures are its own, the records the fund's).
     */
    private String link(MoneyTrail.Step step) {
        if (!currentUser.isStaff()) {
            return null;
        }
        String programme = programmeOf(step);
        return programme == null ? step.link() : "/staff/programme.xhtml?code=" + programme;
    }

    /** The programme a step belongs to: its code is "programme|PUNO", or its link names it. */
    private static String programmeOf(MoneyTrail.Step step) {
        return switch (step.kind()) {
            case ALLOCATION, TRANSFERRED, NOT_TRANSFERRED, UNSPENT ->
                step.code().substring(0, step.code().indexOf('|'));
            case EXPENDITURE ->
                step.link() == null
                        ? null
                        : step.link().substring(step.link().indexOf("programme=") + "programme=".length());
            default -> null;
        };
    }

    public String sourceLabel(MoneyTrail.Source source) {
        return trails.label(source, Languages.current());
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal root) {
        return root.signum() == 0
                ? null
                : amount.multiply(BigDecimal.valueOf(100)).divide(root, 2, RoundingMode.HALF_EVEN);
    }

    /** Followed, allocated, transferred, spent: each the sum of its steps, drawn against the first. */
    public List<Stage> getStages() {
        MoneyTrail t = getTrail();
        if (t == null) {
            return List.of();
        }
        MoneyTrail.Step root = t.root();
        BigDecimal[] amounts = {
            root.amount(),
            root.total(MoneyTrail.Kind.ALLOCATION),
            root.total(MoneyTrail.Kind.TRANSFERRED),
            root.total(MoneyTrail.Kind.EXPENDITURE)
        };
        String[] ids = {"followed", "allocated", "transferred", "spent"};
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            int length = root.amount().signum() <= 0
                    ? 0
                    : amounts[i]
                            .multiply(BigDecimal.valueOf(100))
                            .divide(root.amount(), 0, RoundingMode.HALF_UP)
                            .intValue();
            stages.add(new Stage(
                    "stage-" + ids[i],
                    Texts.text("mt.stage." + ids[i], Languages.current()),
                    amounts[i],
                    Math.max(0, Math.min(100, length))));
        }
        return stages;
    }

    /** A donor's posted deposits, newest first, to choose one to follow. */
    public List<org.migrationmptf.fund.contribution.api.DepositView> getOwnDeposits() {
        AuthenticatedUser user = currentUser.required();
        if (user.contributor().isEmpty()) {
            return List.of();
        }
        return contributions.depositsOfContributor(user.contributor().get(), user).stream()
                .filter(d -> d.status() == org.migrationmptf.fund.contribution.api.DepositStatus.POSTED)
                .sorted(java.util.Comparator.comparing(org.migrationmptf.fund.contribution.api.DepositView::receivedOn)
                        .reversed())
                .toList();
    }

    public List<ThematicAreaView> getAreas() {
        return catalog.thematicAreas();
    }

    public boolean isStaff() {
        return currentUser.isStaff();
    }

    @Override
    public Optional<Sheet> sheet(String table) {
        return Optional.empty();
    }

    @Override
    public Optional<RenderedReport> report(String table, String format) {
        if (!table.equals("money-trail") || getTrail() == null) {
            return Optional.empty();
        }
        return ReportFormat.of(format)
                .map(kind -> trails.render(getTrail(), kind, Languages.current(), currentUser.required()));
    }

    /** The deposit asked for as a number, or -1 (no deposit has it) when none or not a number. */
    public long getDepositNumber() {
        return present(deposit) && deposit.trim().matches("[0-9]{1,18}") ? Long.parseLong(deposit.trim()) : -1L;
    }

    public String getDeposit() {
        return deposit;
    }

    public void setDeposit(String deposit) {
        this.deposit = deposit;
    }

    public String getContributor() {
        return contributor;
    }

    public void setContributor(String contributor) {
        this.contributor = contributor;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }
}

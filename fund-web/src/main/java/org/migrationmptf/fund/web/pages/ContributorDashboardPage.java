package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorDetail;
import org.migrationmptf.fund.contribution.api.ContributorSummary;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.NotFound;

/**
 * The donor dashboard: a contributor's commitments against deposits per agreement, arrears, every
 * deposit with original amount, rate, US dollars and fee, deposits per year as a chart, and the
 * statement download. A contributor's user sees its own contributor; staff choose one with
 * {@code ?code=}. The figures come from the same register the API and the statement read.
 */
@Named
@RequestScoped
public class ContributorDashboardPage {

    /** One bar of the deposits-per-year chart: year, US dollars, its height in percent, its place. */
    public record YearBar(int year, BigDecimal usd, int percent, int x) {

        /** The amount above the bar, in millions with one decimal (e.g. {@code 2.8M}), or thousands. */
        public String label() {
            if (usd.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
                return usd.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_EVEN) + "M";
            }
            return usd.divide(BigDecimal.valueOf(1_000), 0, RoundingMode.HALF_EVEN) + "k";
        }
    }

    /** "UN rate" or "bank proceeds" or "in USD", as a person reads the rate's source. */
    public String rateSource(String source) {
        return switch (source) {
            case "UN_OPERATIONAL" -> "UN operational rate";
            case "BANK_PROCEEDS" -> "bank proceeds";
            default -> "in USD";
        };
    }

    /** "Unearmarked", or the thematic area / window code of an earmark label such as THEMATIC_AREA:TA2. */
    public String earmark(String label) {
        if (label == null || label.equals("UNEARMARKED")) {
            return "Unearmarked";
        }
        String[] parts = label.split(":", 2);
        return (parts[0].equals("WINDOW") ? "Window " : "Thematic area ") + parts[1];
    }

    @Inject
    ContributionRegister register;

    @Inject
    Authenticator authenticator;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    private String code;
    private Loaded loaded;

    private record Loaded(
            ContributorDetail detail, List<AgreementView> agreements, List<DepositView> deposits, String problem) {}

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    private Loaded load() {
        if (loaded == null) {
            Optional<AuthenticatedUser> user = Optional.ofNullable(security.getCallerPrincipal())
                    .flatMap(p -> authenticator.currentUser(p.getName()));
            String contributor = code != null && !code.isBlank()
                    ? code
                    : user.flatMap(AuthenticatedUser::contributor).orElse(null);
            if (user.isEmpty() || contributor == null) {
                loaded = new Loaded(
                        null,
                        List.of(),
                        List.of(),
                        "Choose a contributor: add ?code=DEU (for example) to the address.");
                return loaded;
            }
            try {
                LocalDate today = LocalDate.now(clock);
                // mutable copies: the tables sort them in place
                loaded = new Loaded(
                        register.contributor(contributor, today, user),
                        new ArrayList<>(register.agreementsOf(contributor, today, user.get())),
                        new ArrayList<>(register.depositsOfContributor(contributor, user.get())),
                        null);
            } catch (NotFound e) {
                loaded = new Loaded(
                        null, List.of(), List.of(), "There is no contributor " + contributor + " that you may see.");
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
        return load().agreements();
    }

    public List<DepositView> getDeposits() {
        return load().deposits();
    }

    /** Posted deposits in US dollars per year of receipt, scaled to the largest year. */
    public List<YearBar> getBars() {
        Map<Integer, BigDecimal> perYear = new TreeMap<>();
        for (DepositView d : load().deposits()) {
            if (d.status() == DepositStatus.POSTED) {
                perYear.merge(d.receivedOn().getYear(), d.usdAmount(), BigDecimal::add);
            }
        }
        BigDecimal max = perYear.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        int[] index = {0};
        return perYear.entrySet().stream()
                .map(e -> new YearBar(
                        e.getKey(),
                        e.getValue(),
                        e.getValue()
                                .multiply(BigDecimal.valueOf(100))
                                .divide(max, 0, RoundingMode.HALF_EVEN)
                                .intValue(),
                        10 + 70 * index[0]++))
                .toList();
    }

    /** The contributor's public pledges with what was signed and paid against each. */
    public List<org.migrationmptf.fund.contribution.api.PledgeView> getPledges() {
        ContributorSummary summary = getSummary();
        return summary == null ? List.of() : register.pledges(Optional.of(summary.code()));
    }

    public String getStatementHref() {
        ContributorSummary summary = getSummary();
        return summary == null ? null : "contributor/statement.pdf?code=" + summary.code();
    }
}

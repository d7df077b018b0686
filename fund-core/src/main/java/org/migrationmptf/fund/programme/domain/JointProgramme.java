package org.migrationmptf.fund.programme.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.migrationmptf.fund.programme.api.Geography;
import org.migrationmptf.fund.programme.api.NewProgramme;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.Money;

/**
 * A joint programme: registered in the pipeline with its budget, then moved only along its status
 * graph ({@link ProgrammeStatus}). Its budget's ISC lines are computed ({@link ProgrammeBudget}), and
 * what it received and spent lives with the disbursement side, read from the ledger's positions.
 */
@Entity
@Table(name = "joint_programme")
public class JointProgramme {

    /** A programme code: capitals, digits and dashes, e.g. {@code MMPTF-KEN-2026-01}. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,19}");

    static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "title", nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "geography", nullable = false)
    private Geography geography;

    /** ISO 3166-1 alpha-3 codes, comma-separated, in the order given. */
    @Column(name = "countries", nullable = false)
    private String countries;

    @Column(name = "thematic_area", nullable = false)
    private String thematicArea;

    @Column(name = "lead_puno", nullable = false)
    private String leadPuno;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProgrammeStatus status;

    @Column(name = "approval_decision")
    private String approvalDecision;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private LocalDateTime registeredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_puno", joinColumns = @JoinColumn(name = "programme_id"))
    private List<PunoRate> punos = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_budget_line", joinColumns = @JoinColumn(name = "programme_id"))
    private List<BudgetLineRow> budgetLines = new ArrayList<>();

    /** The GCM objectives addressed, comma-separated numbers. */
    @Column(name = "gcm_objectives", nullable = false)
    private String gcmObjectives;

    @Column(name = "guiding_principles", nullable = false)
    private String guidingPrinciples;

    @Column(name = "gender_marker")
    private String genderMarker;

    @Column(name = "human_rights_marker")
    private String humanRightsMarker;

    @Column(name = "concept_note_id", updatable = false)
    private Long conceptNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_extension", joinColumns = @JoinColumn(name = "programme_id"))
    @jakarta.persistence.OrderBy("newEnd ASC")
    private List<NoCostExtension> extensions = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected JointProgramme() {}

    /**
     * A programme in the pipeline, every field checked at once (a form shows all its errors), its
     * budget computed at the given ISC rates.
     *
     * @param codes the code lists, with each known PUNO's agreed ISC rate (the default when the
     *     request names none)
     */
    public static JointProgramme register(NewProgramme request, CodeLists codes, String by, Instant at) {
        Map<String, BigDecimal> agreedRates = codes.punoRates();
        List<InvalidInput.Issue> issues = new ArrayList<>();
        if (request.code() == null || !CODE.matcher(request.code()).matches()) {
            issues.add(new InvalidInput.Issue(
                    "code", "give the programme's code: 3 to 20 capitals, digits and dashes, e.g. MMPTF-KEN-2026-01"));
        }
        if (request.title() == null || request.title().isBlank()) {
            issues.add(new InvalidInput.Issue("title", "give the programme's title"));
        } else if (request.title().strip().length() > 300) {
            issues.add(new InvalidInput.Issue("title", "use at most 300 characters"));
        }
        if (request.geography() == null) {
            issues.add(new InvalidInput.Issue("geography", "give NATIONAL, REGIONAL or GLOBAL"));
        } else {
            countryIssues(request.geography(), request.countries(), issues);
        }
        if (request.thematicArea() == null || request.thematicArea().isBlank()) {
            issues.add(new InvalidInput.Issue("thematicArea", "give the thematic area its allocations are charged to"));
        } else {
            codes.checkArea("thematicArea", request.thematicArea(), issues);
        }
        codes.checkObjectives(request.gcmObjectives(), issues);
        codes.checkPrinciples(request.guidingPrinciples(), issues);
        codes.checkMarkers(request.genderMarker(), request.humanRightsMarker(), issues);
        if (request.startsOn() == null) {
            issues.add(new InvalidInput.Issue("startsOn", "give the start date"));
        }
        if (request.endsOn() == null) {
            issues.add(new InvalidInput.Issue("endsOn", "give the end date"));
        } else if (request.startsOn() != null && !request.endsOn().isAfter(request.startsOn())) {
            issues.add(new InvalidInput.Issue("endsOn", "the end date must be after the start date"));
        }
        List<ProgrammeBudget.Line> lines = budgetLines(request, agreedRates, issues);
        Set<String> punos = new HashSet<>();
        lines.forEach(l -> punos.add(l.puno()));
        if (request.leadPuno() == null || request.leadPuno().isBlank()) {
            issues.add(new InvalidInput.Issue("leadPuno", "give the lead PUNO"));
        } else if (!punos.isEmpty() && !punos.contains(request.leadPuno())) {
            issues.add(new InvalidInput.Issue("leadPuno", "the lead PUNO must have a part of the budget"));
        }
        request.iscRates().keySet().stream()
                .filter(p -> !punos.contains(p))
                .forEach(p -> issues.add(new InvalidInput.Issue("iscRates", p + " has no part of the budget")));
        if (!issues.isEmpty()) {
            throw new InvalidInput("the programme is incomplete", issues);
        }
        Map<String, BigDecimal> rates = new TreeMap<>();
        for (String puno : punos) {
            rates.put(puno, request.iscRates().getOrDefault(puno, agreedRates.get(puno)));
        }
        ProgrammeBudget budget = ProgrammeBudget.of(lines, rates); // refuses a rate above 7 %

        JointProgramme programme = new JointProgramme();
        programme.code = request.code();
        programme.title = request.title().strip();
        programme.geography = request.geography();
        programme.countries = String.join(",", request.countries());
        programme.thematicArea = request.thematicArea();
        programme.leadPuno = request.leadPuno();
        programme.startsOn = request.startsOn();
        programme.endsOn = request.endsOn();
        programme.status = ProgrammeStatus.PIPELINE;
        programme.gcmObjectives = CodeLists.joined(request.gcmObjectives());
        programme.guidingPrinciples = CodeLists.joined(request.guidingPrinciples());
        programme.genderMarker = request.genderMarker();
        programme.humanRightsMarker = request.humanRightsMarker();
        programme.conceptNote = request.conceptNote();
        programme.registeredBy = by;
        programme.registeredAt = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        budget.punos()
                .forEach(p -> programme.punos.add(new PunoRate(p, rates.get(p).setScale(4))));
        budget.lines().forEach(l -> programme.budgetLines.add(new BudgetLineRow(l)));
        return programme;
    }

    private static void countryIssues(Geography geography, List<String> countries, List<InvalidInput.Issue> issues) {
        for (String country : countries) {
            if (country == null || !COUNTRY.matcher(country).matches()) {
                issues.add(
                        new InvalidInput.Issue("countries", "use ISO 3166 alpha-3 codes such as KEN, not " + country));
                return;
            }
        }
        if (new HashSet<>(countries).size() != countries.size()) {
            issues.add(new InvalidInput.Issue("countries", "name each country once"));
        } else if (geography == Geography.NATIONAL && countries.size() != 1) {
            issues.add(new InvalidInput.Issue("countries", "a national programme works in exactly one country"));
        } else if (geography == Geography.REGIONAL && countries.size() < 2) {
            issues.add(new InvalidInput.Issue("countries", "a regional programme works in two countries or more"));
        }
    }

    private static List<ProgrammeBudget.Line> budgetLines(
            NewProgramme request, Map<String, BigDecimal> agreedRates, List<InvalidInput.Issue> issues) {
        if (request.budget().isEmpty()) {
            issues.add(new InvalidInput.Issue("budget", "give at least one budget line"));
            return List.of();
        }
        List<ProgrammeBudget.Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (NewProgramme.BudgetLine line : request.budget()) {
            String field = "budget[" + n++ + "]";
            if (line == null
                    || line.puno() == null
                    || line.category() == null
                    || line.year() == null
                    || line.amount() == null) {
                issues.add(new InvalidInput.Issue(field, "give the PUNO, budget category, year and amount"));
                continue;
            }
            if (!agreedRates.containsKey(line.puno())) {
                issues.add(new InvalidInput.Issue(field, line.puno() + " is not a Participating UN Organization"));
                continue;
            }
            if (request.startsOn() != null
                    && request.endsOn() != null
                    && (line.year() < request.startsOn().getYear()
                            || line.year() > request.endsOn().getYear())) {
                issues.add(
                        new InvalidInput.Issue(field, "the year " + line.year() + " is outside the programme's dates"));
                continue;
            }
            if (!seen.add(line.puno() + "/" + line.category() + "/" + line.year())) {
                issues.add(new InvalidInput.Issue(
                        field,
                        "a second line for " + line.puno() + ", category " + line.category() + ", " + line.year()
                                + ": add them up in one"));
                continue;
            }
            try {
                Money amount = Money.ofField(field, line.amount(), org.migrationmptf.fund.shared.CurrencyCode.USD);
                if (!amount.isPositive()) {
                    issues.add(new InvalidInput.Issue(field, "a budget line must be above zero"));
                    continue;
                }
                lines.add(new ProgrammeBudget.Line(line.puno(), line.category(), line.year(), amount));
            } catch (InvalidInput bad) {
                bad.issues().forEach(i -> issues.add(new InvalidInput.Issue(field, i.message())));
            }
        }
        return lines;
    }

    /** The budget as registered. */
    public ProgrammeBudget budget() {
        Map<String, BigDecimal> rates = new TreeMap<>();
        punos.forEach(p -> rates.put(p.puno(), p.rate()));
        return ProgrammeBudget.of(budgetLines.stream().map(BudgetLineRow::line).toList(), rates);
    }

    /**
     * Moves the programme to {@code target} if its graph allows; approval names the decision.
     *
     * @throws DomainRuleViolation {@code illegal-status-change}
     */
    public void moveTo(ProgrammeStatus target, String decisionNumber) {
        status = status.moveTo(target);
        if (target == ProgrammeStatus.APPROVED) {
            approvalDecision = decisionNumber;
        }
    }

    /**
     * A no-cost extension: the end date moves later, citing the decision (its type checked by the
     * caller); only a programme under way (approved, active or suspended) is extended.
     *
     * @throws DomainRuleViolation {@code not-extendable}, {@code extension-not-later}
     */
    public void extendTo(LocalDate newEnd, String decisionNumber, String by, Instant at) {
        if (status != ProgrammeStatus.APPROVED
                && status != ProgrammeStatus.ACTIVE
                && status != ProgrammeStatus.SUSPENDED) {
            throw new DomainRuleViolation(
                    "not-extendable",
                    "a programme that is " + status + " is not extended: only an approved, active or suspended one");
        }
        if (newEnd == null || !newEnd.isAfter(endsOn)) {
            throw new DomainRuleViolation(
                    "extension-not-later",
                    "a no-cost extension moves the end date later than " + endsOn
                            + (newEnd == null ? "" : ", not to " + newEnd));
        }
        extensions.add(new NoCostExtension(
                endsOn,
                newEnd,
                decisionNumber,
                by,
                LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC)));
        endsOn = newEnd;
    }

    public String code() {
        return code;
    }

    public java.util.Optional<Long> conceptNote() {
        return java.util.Optional.ofNullable(conceptNote);
    }

    public ProgrammeStatus status() {
        return status;
    }

    public String thematicArea() {
        return thematicArea;
    }

    public long version() {
        return version;
    }

    public ProgrammeView view() {
        ProgrammeBudget budget = budget();
        List<ProgrammeView.PunoBudget> parts = new ArrayList<>();
        for (PunoRate p : punos.stream()
                .sorted(java.util.Comparator.comparing(PunoRate::puno))
                .toList()) {
            parts.add(new ProgrammeView.PunoBudget(
                    p.puno(),
                    budget.directCosts(p.puno()).amount(),
                    p.rate(),
                    budget.indirectSupportCosts(p.puno()).amount(),
                    budget.total(p.puno()).amount()));
        }
        List<ProgrammeView.BudgetLineView> lines = budget.lines().stream()
                .sorted(java.util.Comparator.comparing(ProgrammeBudget.Line::puno)
                        .thenComparing(ProgrammeBudget.Line::year)
                        .thenComparing(ProgrammeBudget.Line::category))
                .map(l -> new ProgrammeView.BudgetLineView(
                        l.puno(), l.category(), l.year(), l.amount().amount()))
                .toList();
        return new ProgrammeView(
                code,
                title,
                geography,
                countries.isEmpty() ? List.of() : Arrays.asList(countries.split(",")),
                thematicArea,
                leadPuno,
                startsOn,
                endsOn,
                status,
                approvalDecision,
                CodeLists.split(gcmObjectives).stream().map(Integer::valueOf).toList(),
                CodeLists.split(guidingPrinciples),
                genderMarker,
                humanRightsMarker,
                conceptNote,
                extensions.stream().map(NoCostExtension::view).toList(),
                parts,
                lines,
                budget.total().amount(),
                version);
    }
}

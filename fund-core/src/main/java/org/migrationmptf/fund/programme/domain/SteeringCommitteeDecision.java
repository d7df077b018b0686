package org.migrationmptf.fund.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.migrationmptf.fund.programme.api.DecisionProcedure;
import org.migrationmptf.fund.programme.api.DecisionType;
import org.migrationmptf.fund.programme.api.DecisionView;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;

/**
 * A decision of the Steering Committee as the Fund Management Unit recorded it. Recorded once, never
 * edited: a later decision changes what an earlier one decided.
 */
@Entity
@Table(name = "sc_decision")
public class SteeringCommitteeDecision {

    /** A decision number: letters, digits, dots, slashes and dashes, e.g. {@code SC-2026-04} or {@code WP/2026/3}. */
    static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]{0,29}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "decision_number", nullable = false, updatable = false)
    private String number;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_kind", nullable = false, updatable = false)
    private DecisionProcedure procedure;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_type", nullable = false, updatable = false)
    private DecisionType type;

    @Column(name = "decision_text", nullable = false, updatable = false)
    private String text;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SteeringCommitteeDecision() {}

    /**
     * A decision as recorded today: its number well formed, its date not after today, its procedure,
     * type and text given (the text at most 4,000 characters).
     */
    public static SteeringCommitteeDecision record(
            String number,
            LocalDate decidedOn,
            DecisionProcedure procedure,
            DecisionType type,
            String text,
            String recordedBy,
            Instant at) {
        // every field is checked, so that a form shows all its errors at once
        List<InvalidInput.Issue> issues = new java.util.ArrayList<>();
        if (number == null || !NUMBER.matcher(number).matches()) {
            issues.add(new InvalidInput.Issue(
                    "number", "give the decision's number, e.g. SC-2026-04 (letters, digits, . / -, at most 30)"));
        }
        if (decidedOn == null) {
            issues.add(new InvalidInput.Issue("decidedOn", "give the date of the decision"));
        }
        if (procedure == null) {
            issues.add(new InvalidInput.Issue("procedure", "give MEETING or WRITTEN_PROCEDURE"));
        }
        if (type == null) {
            issues.add(new InvalidInput.Issue(
                    "type", "give APPROVE_PROGRAMME, ALLOCATE, TOP_UP, NO_COST_EXTENSION, DIRECT_COST or CLOSE"));
        }
        if (text == null || text.isBlank()) {
            issues.add(new InvalidInput.Issue("text", "give what the Steering Committee decided"));
        } else if (text.length() > 4000) {
            issues.add(new InvalidInput.Issue("text", "use at most 4000 characters"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInput("the decision is incomplete", issues);
        }
        if (decidedOn.isAfter(at.atOffset(ZoneOffset.UTC).toLocalDate())) {
            throw new DomainRuleViolation("decision-in-future", "a decision cannot be dated after today");
        }
        SteeringCommitteeDecision decision = new SteeringCommitteeDecision();
        decision.number = number;
        decision.decidedOn = decidedOn;
        decision.procedure = procedure;
        decision.type = type;
        decision.text = text.strip();
        decision.recordedBy = recordedBy;
        // to the microsecond, as PostgreSQL keeps it: the answer to the write equals every later read
        decision.recordedAt =
                LocalDateTime.ofInstant(at.truncatedTo(java.time.temporal.ChronoUnit.MICROS), ZoneOffset.UTC);
        return decision;
    }

    public String number() {
        return number;
    }

    public DecisionView view() {
        return new DecisionView(
                id == null ? 0 : id,
                number,
                decidedOn,
                procedure,
                type,
                text,
                recordedBy,
                recordedAt.toInstant(ZoneOffset.UTC));
    }
}

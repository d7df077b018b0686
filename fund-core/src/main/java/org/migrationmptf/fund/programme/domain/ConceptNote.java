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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.migrationmptf.fund.programme.api.ConceptNoteStatus;
import org.migrationmptf.fund.programme.api.ConceptNoteView;
import org.migrationmptf.fund.programme.api.NewConceptNote;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.Money;

/**
 * A concept note submitted by a UN country team or regional network: recorded by the Fund Management
 * Unit, screened, then shortlisted by the Steering Committee or rejected with a reason. A shortlisted
 * note becomes at most one joint programme.
 */
@Entity
@Table(name = "concept_note")
public class ConceptNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "title", nullable = false, updatable = false)
    private String title;

    @Column(name = "lead_puno", nullable = false, updatable = false)
    private String leadPuno;

    /** The PUNOs, comma-separated, the lead first. */
    @Column(name = "punos", nullable = false, updatable = false)
    private String punos;

    @Column(name = "countries", nullable = false, updatable = false)
    private String countries;

    /** In USD, to the cent. */
    @Column(name = "requested_amount", nullable = false, updatable = false)
    private java.math.BigDecimal requestedAmount;

    @Column(name = "thematic_areas", nullable = false, updatable = false)
    private String thematicAreas;

    @Column(name = "gcm_objectives", nullable = false, updatable = false)
    private String gcmObjectives;

    @Column(name = "guiding_principles", nullable = false, updatable = false)
    private String guidingPrinciples;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ConceptNoteStatus status;

    @Column(name = "reason")
    private String reason;

    @Column(name = "programme_code")
    private String programme;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ConceptNote() {}

    /** A note as received, every field checked at once against the code lists. */
    public static ConceptNote record(NewConceptNote request, CodeLists codes, LocalDate today, String by, Instant at) {
        List<InvalidInput.Issue> issues = new ArrayList<>();
        text(
                "submittedBy",
                request.submittedBy(),
                200,
                "give the UN country team or network that submitted it",
                issues);
        text("title", request.title(), 300, "give the concept note's title", issues);
        List<String> punos = new ArrayList<>(request.punos());
        if (request.leadPuno() == null || !codes.isPuno(request.leadPuno())) {
            issues.add(new InvalidInput.Issue(
                    "leadPuno", "give the lead PUNO, a Participating UN Organization such as IOM"));
        } else if (!punos.contains(request.leadPuno())) {
            punos.add(0, request.leadPuno());
        } else {
            punos.remove(request.leadPuno());
            punos.add(0, request.leadPuno());
        }
        for (String puno : request.punos()) {
            if (puno == null || !codes.isPuno(puno)) {
                issues.add(new InvalidInput.Issue("punos", puno + " is not a Participating UN Organization"));
                break;
            }
        }
        if (new HashSet<>(request.punos()).size() != request.punos().size()) {
            issues.add(new InvalidInput.Issue("punos", "name each PUNO once"));
        }
        if (request.countries().isEmpty()) {
            issues.add(
                    new InvalidInput.Issue("countries", "name the countries, as ISO 3166 alpha-3 codes such as KEN"));
        }
        for (String country : request.countries()) {
            if (country == null || !JointProgramme.COUNTRY.matcher(country).matches()) {
                issues.add(
                        new InvalidInput.Issue("countries", "use ISO 3166 alpha-3 codes such as KEN, not " + country));
                break;
            }
        }
        java.math.BigDecimal requested = null;
        if (request.requestedAmount() == null) {
            issues.add(new InvalidInput.Issue("requestedAmount", "give the amount requested in USD"));
        } else {
            try {
                Money amount = Money.ofField("requestedAmount", request.requestedAmount(), CurrencyCode.USD);
                if (!amount.isPositive()) {
                    issues.add(new InvalidInput.Issue("requestedAmount", "the amount requested must be above zero"));
                }
                requested = amount.amount();
            } catch (InvalidInput bad) {
                issues.addAll(bad.issues());
            }
        }
        if (request.thematicAreas().isEmpty()) {
            issues.add(new InvalidInput.Issue("thematicAreas", "name at least one thematic area"));
        }
        request.thematicAreas().forEach(a -> codes.checkArea("thematicAreas", a, issues));
        codes.checkObjectives(request.gcmObjectives(), issues);
        codes.checkPrinciples(request.guidingPrinciples(), issues);
        if (request.receivedOn() == null) {
            issues.add(new InvalidInput.Issue("receivedOn", "give the date it was received"));
        } else if (request.receivedOn().isAfter(today)) {
            issues.add(new InvalidInput.Issue("receivedOn", "a concept note cannot be received after today"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInput("the concept note is incomplete", issues);
        }
        ConceptNote note = new ConceptNote();
        note.submittedBy = request.submittedBy().strip();
        note.title = request.title().strip();
        note.leadPuno = request.leadPuno();
        note.punos = CodeLists.joined(punos);
        note.countries = CodeLists.joined(request.countries());
        note.requestedAmount = requested;
        note.thematicAreas = CodeLists.joined(request.thematicAreas());
        note.gcmObjectives = CodeLists.joined(request.gcmObjectives());
        note.guidingPrinciples = CodeLists.joined(request.guidingPrinciples());
        note.receivedOn = request.receivedOn();
        note.status = ConceptNoteStatus.SUBMITTED;
        note.recordedBy = by;
        note.recordedAt = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        return note;
    }

    private static void text(String field, String value, int max, String missing, List<InvalidInput.Issue> issues) {
        if (value == null || value.isBlank()) {
            issues.add(new InvalidInput.Issue(field, missing));
        } else if (value.strip().length() > max) {
            issues.add(new InvalidInput.Issue(field, "use at most " + max + " characters"));
        }
    }

    /**
     * Moves the note along its graph: a rejection gives its reason (screening may note one).
     *
     * @throws DomainRuleViolation {@code illegal-status-change}, {@code reason-required}
     */
    public void decide(ConceptNoteStatus target, String why, String by, Instant at) {
        status.moveTo(target);
        String given = why == null ? "" : why.strip();
        if (target == ConceptNoteStatus.REJECTED && given.isEmpty()) {
            throw new DomainRuleViolation("reason-required", "a rejected concept note gives the reason for it");
        }
        if (given.length() > 500) {
            throw new DomainRuleViolation("reason-too-long", "give the reason in at most 500 characters");
        }
        status = target;
        reason = given.isEmpty() ? reason : given;
        decidedBy = by;
        decidedAt = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /**
     * Records the joint programme registered from this note: only from a shortlisted note, only once.
     *
     * @throws DomainRuleViolation {@code concept-note-not-shortlisted}, {@code concept-note-programmed}
     */
    public void becomes(String programmeCode) {
        if (status != ConceptNoteStatus.SHORTLISTED) {
            throw new DomainRuleViolation(
                    "concept-note-not-shortlisted",
                    "concept note " + id + " is " + status + ": a programme is registered from a shortlisted note");
        }
        if (programme != null) {
            throw new DomainRuleViolation(
                    "concept-note-programmed", "concept note " + id + " is already programme " + programme);
        }
        programme = programmeCode;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ConceptNoteView view() {
        return new ConceptNoteView(
                id == null ? 0 : id,
                submittedBy,
                title,
                leadPuno,
                CodeLists.split(punos),
                CodeLists.split(countries),
                requestedAmount,
                CodeLists.split(thematicAreas),
                CodeLists.split(gcmObjectives).stream().map(Integer::valueOf).toList(),
                CodeLists.split(guidingPrinciples),
                receivedOn,
                status,
                reason,
                programme,
                recordedBy,
                recordedAt.toInstant(ZoneOffset.UTC),
                decidedBy,
                decidedAt == null ? null : decidedAt.toInstant(ZoneOffset.UTC),
                version);
    }
}

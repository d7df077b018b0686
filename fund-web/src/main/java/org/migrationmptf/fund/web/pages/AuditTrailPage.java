package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migrationmptf.fund.audit.api.AuditEventView;
import org.migrationmptf.fund.audit.api.AuditQuery;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.audit.api.ChainVerification;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.FundCalendar;
import org.migrationmptf.fund.shared.InvalidInput;

/**
 * The audit trail for auditors: its events filtered by user, action, subject and days, paged in the
 * database, with the result of recomputing the hash chain from its first event.
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable, Downloadable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    /** Transient: the calendar is application-wide configuration, not state of the view. */
    @Inject
    transient FundCalendar calendar;

    private String actor;
    private String action;
    private String subjectType;
    private String subjectId;
    private LocalDate from;
    private LocalDate to;
    private String problem;
    private PagedTable<AuditEventView> table;
    private ChainVerification verification;

    /** The query of the filters given; a date outside the fund's calendar is a problem shown on the page. */
    private AuditQuery query() {
        try {
            return new AuditQuery(
                    Optional.ofNullable(actor),
                    Optional.ofNullable(action),
                    Optional.ofNullable(subjectType),
                    Optional.ofNullable(subjectId),
                    Optional.ofNullable(from).map(d -> calendar.require("from", d)),
                    Optional.ofNullable(to).map(d -> calendar.require("to", d)));
        } catch (InvalidInput e) {
            problem = e.getMessage();
            return AuditQuery.ALL;
        }
    }

    public PagedTable<AuditEventView> getTable() {
        if (table == null) {
            AuditQuery query = query();
            table = new PagedTable<>(page -> trail.events(query, page), Set.of("seq"), "seq", true);
        }
        return table;
    }

    /** The last verification run on this page, or null: it recomputes every event, so it runs on request. */
    public ChainVerification getVerification() {
        return verification;
    }

    public void verify() {
        verification = trail.verify();
    }

    public List<String> getActions() {
        return trail.actions();
    }

    /** Whether any filter is set (then the empty state says "nothing matches"). */
    public boolean isFiltered() {
        return Arrays.asList(actor, action, subjectType, subjectId).stream().anyMatch(v -> v != null && !v.isBlank())
                || from != null
                || to != null;
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        if (!name.equals("audit-trail")) {
            return Optional.empty();
        }
        AuditQuery query = query();
        return Optional.of(Sheet.paged(
                "audit-trail",
                Texts.text("trail.title"),
                List.of(
                        Column.integer(Texts.text("trail.seq")),
                        Column.instant(Texts.text("trail.when")),
                        Column.text(Texts.text("trail.actor")),
                        Column.text(Texts.text("trail.roles")),
                        Column.text(Texts.text("trail.action")),
                        Column.text(Texts.text("trail.outcome")),
                        Column.text(Texts.text("trail.subjectType")),
                        Column.text(Texts.text("trail.subjectId")),
                        Column.text(Texts.text("trail.detail")),
                        Column.text(Texts.text("trail.hash"))),
                page -> trail.events(query, page),
                "seq",
                true,
                e -> Arrays.asList(
                        e.seq(),
                        e.occurredAt(),
                        e.actor(),
                        e.roles(),
                        e.action(),
                        e.outcome(),
                        e.subjectType(),
                        e.subjectId(),
                        e.detail(),
                        e.hash())));
    }

    public String getProblem() {
        getTable();
        return problem;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationmptf.fund.programme.api.DecisionDesk;
import org.migrationmptf.fund.programme.api.DecisionProcedure;
import org.migrationmptf.fund.programme.api.DecisionRegister;
import org.migrationmptf.fund.programme.api.DecisionType;
import org.migrationmptf.fund.programme.api.DecisionView;
import org.migrationmptf.fund.programme.api.NewDecision;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;

/** The decision register: the secretariat's officer records the Steering Committee's decisions; staff read them. */
@Named
@ViewScoped
public class DecisionsPage implements Serializable, Downloadable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/staff/decisions";

    @Inject
    DecisionRegister register;

    @Inject
    DecisionDesk desk;

    @Inject
    PageCommands commands;

    @Inject
    CurrentUser currentUser;

    private final String token = PageCommands.newToken();
    private String number;
    private LocalDate decidedOn;
    private DecisionProcedure procedure = DecisionProcedure.MEETING;
    private DecisionType type = DecisionType.APPROVE_PROGRAMME;
    private String text;
    private PagedTable<DecisionView> table;

    /** The register, latest first, a page at a time, sorted in the database. */
    public PagedTable<DecisionView> getDecisions() {
        if (table == null) {
            table = new PagedTable<>(
                    page -> register.decisions(page, currentUser.required()),
                    DecisionRegister.SORTS,
                    "decidedOn",
                    true);
        }
        return table;
    }

    public DecisionProcedure[] getProcedures() {
        return DecisionProcedure.values();
    }

    public DecisionType[] getTypes() {
        return DecisionType.values();
    }

    public String record() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("number", number);
        form.put("decidedOn", String.valueOf(decidedOn));
        form.put("procedure", String.valueOf(procedure));
        form.put("type", String.valueOf(type));
        form.put("text", text);
        return commands.submit(currentUser.required(), token, "record decision", form, PAGE, () -> {
            DecisionView recorded = desk.record(
                    new NewDecision(number == null ? null : number.strip(), decidedOn, procedure, type, text),
                    currentUser.required());
            return Texts.format("decisions.recorded", recorded.number());
        });
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        if (!name.equals("decisions")) {
            return Optional.empty();
        }
        return Optional.of(Sheet.paged(
                "decisions",
                Texts.text("decisions.title"),
                List.of(
                        Column.text(Texts.text("decisions.number")),
                        Column.date(Texts.text("decisions.decidedOn")),
                        Column.text(Texts.text("decisions.procedure")),
                        Column.text(Texts.text("decisions.type")),
                        Column.text(Texts.text("decisions.text")),
                        Column.text(Texts.text("decisions.recordedBy"))),
                page -> register.decisions(page, currentUser.required()),
                "decidedOn",
                true,
                d -> List.of(
                        d.number(),
                        d.decidedOn(),
                        Texts.text("decisionProcedure." + d.procedure().name()),
                        Texts.text("decisionType." + d.type().name()),
                        d.text(),
                        d.recordedBy())));
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public DecisionProcedure getProcedure() {
        return procedure;
    }

    public void setProcedure(DecisionProcedure procedure) {
        this.procedure = procedure;
    }

    public DecisionType getType() {
        return type;
    }

    public void setType(DecisionType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

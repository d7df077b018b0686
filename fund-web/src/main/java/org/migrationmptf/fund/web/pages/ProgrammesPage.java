package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationmptf.fund.programme.api.ProgrammeRegister;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;

/**
 * The pipeline board: how many concept notes and programmes are in each status (one grouped
 * statement each), and the
 * programmes of one status or all, a page at a time, sorted in the database.
 */
@Named
@ViewScoped
public class ProgrammesPage implements Serializable, Downloadable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeRegister register;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.migrationmptf.fund.programme.api.ConceptNotes notes;

    private Map<org.migrationmptf.fund.programme.api.ConceptNoteStatus, Long> noteCounts;

    /** The concept notes of the pipeline, by status (one grouped statement). */
    public Map<org.migrationmptf.fund.programme.api.ConceptNoteStatus, Long> getNoteCounts() {
        if (noteCounts == null) {
            noteCounts = notes.countsByStatus(currentUser.required());
        }
        return noteCounts;
    }

    public List<org.migrationmptf.fund.programme.api.ConceptNoteStatus> getNoteStatuses() {
        return List.of(org.migrationmptf.fund.programme.api.ConceptNoteStatus.values());
    }

    private String status;
    private Map<ProgrammeStatus, Long> counts;
    private PagedTable<ProgrammeView> table;

    public Map<ProgrammeStatus, Long> getCounts() {
        if (counts == null) {
            counts = register.countsByStatus(currentUser.required());
        }
        return counts;
    }

    public List<ProgrammeStatus> getStatuses() {
        return List.of(ProgrammeStatus.values());
    }

    private Optional<ProgrammeStatus> chosen() {
        try {
            return status == null || status.isBlank() ? Optional.empty() : Optional.of(ProgrammeStatus.valueOf(status));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The status shown, if one was chosen and it is one. */
    public String getChosenStatus() {
        return chosen().map(Enum::name).orElse(null);
    }

    public PagedTable<ProgrammeView> getProgrammes() {
        if (table == null) {
            Optional<ProgrammeStatus> only = chosen();
            table = new PagedTable<>(
                    page -> register.programmes(only, page, currentUser.required()),
                    ProgrammeRegister.SORTS,
                    "code",
                    false);
        }
        return table;
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        if (!name.equals("programmes")) {
            return Optional.empty();
        }
        Optional<ProgrammeStatus> only = chosen();
        return Optional.of(Sheet.paged(
                "programmes",
                Texts.text("programmes.title"),
                List.of(
                        Column.text(Texts.text("programmes.code")),
                        Column.text(Texts.text("programmes.programmeTitle")),
                        Column.text(Texts.text("programmes.status")),
                        Column.text(Texts.text("programmes.area")),
                        Column.text(Texts.text("programmes.lead")),
                        Column.text(Texts.text("programmes.countries")),
                        Column.date(Texts.text("programmes.startsOn")),
                        Column.date(Texts.text("programmes.endsOn")),
                        Column.amount(Texts.text("programmes.budget"))),
                page -> register.programmes(only, page, currentUser.required()),
                "code",
                false,
                p -> List.of(
                        p.code(),
                        p.title(),
                        Texts.text("programmeStatus." + p.status().name()),
                        p.thematicArea(),
                        p.leadPuno(),
                        String.join(", ", p.countries()),
                        p.startsOn(),
                        p.endsOn(),
                        p.budgetTotal())));
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}

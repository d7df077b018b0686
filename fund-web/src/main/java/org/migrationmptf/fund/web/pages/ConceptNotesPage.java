package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.migrationmptf.fund.programme.api.ConceptNoteStatus;
import org.migrationmptf.fund.programme.api.ConceptNoteView;
import org.migrationmptf.fund.programme.api.ConceptNotes;
import org.migrationmptf.fund.programme.api.NewConceptNote;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.InvalidInput;

/**
 * The concept notes of the pipeline: how many are in each status, the notes a page at a time
 * (sorted in the database), and for the secretariat the forms that record a note and screen,
 * shortlist or reject one, through the same service as the API.
 */
@Named
@ViewScoped
public class ConceptNotesPage implements Serializable, Downloadable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/staff/concept-notes";

    @Inject
    ConceptNotes notes;

    @Inject
    PageCommands commands;

    @Inject
    CurrentUser currentUser;

    private final String token = PageCommands.newToken();
    private String status;
    private Map<ConceptNoteStatus, Long> counts;
    private PagedTable<ConceptNoteView> table;

    private String submittedBy;
    private String title;
    private String leadPuno;
    private String punos;
    private String countries;
    private BigDecimal requestedAmount;
    private String thematicAreas;
    private String gcmObjectives;
    private String guidingPrinciples;
    private LocalDate receivedOn;

    private Long note;
    private ConceptNoteStatus target = ConceptNoteStatus.SCREENED;
    private String reason;

    public Map<ConceptNoteStatus, Long> getCounts() {
        if (counts == null) {
            counts = notes.countsByStatus(currentUser.required());
        }
        return counts;
    }

    public List<ConceptNoteStatus> getStatuses() {
        return List.of(ConceptNoteStatus.values());
    }

    /** What a decision may move a note to. */
    public List<ConceptNoteStatus> getTargets() {
        return List.of(ConceptNoteStatus.SCREENED, ConceptNoteStatus.SHORTLISTED, ConceptNoteStatus.REJECTED);
    }

    private Optional<ConceptNoteStatus> chosen() {
        try {
            return status == null || status.isBlank()
                    ? Optional.empty()
                    : Optional.of(ConceptNoteStatus.valueOf(status));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public String getChosenStatus() {
        return chosen().map(Enum::name).orElse(null);
    }

    public PagedTable<ConceptNoteView> getNotes() {
        if (table == null) {
            Optional<ConceptNoteStatus> only = chosen();
            table = new PagedTable<>(
                    page -> notes.conceptNotes(only, page, currentUser.required()),
                    ConceptNotes.SORTS,
                    "receivedOn",
                    true);
        }
        return table;
    }

    public String record() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("submittedBy", submittedBy);
        form.put("title", title);
        form.put("leadPuno", leadPuno);
        form.put("punos", punos);
        form.put("countries", countries);
        form.put("requestedAmount", String.valueOf(requestedAmount));
        form.put("thematicAreas", thematicAreas);
        form.put("gcmObjectives", gcmObjectives);
        form.put("guidingPrinciples", guidingPrinciples);
        form.put("receivedOn", String.valueOf(receivedOn));
        return commands.submit(currentUser.required(), token, "record concept note", form, PAGE, () -> {
            ConceptNoteView recorded = notes.record(
                    new NewConceptNote(
                            submittedBy,
                            title,
                            upper(leadPuno),
                            codes(punos),
                            codes(countries),
                            requestedAmount,
                            codes(thematicAreas),
                            objectives(gcmObjectives),
                            codes(guidingPrinciples),
                            receivedOn),
                    currentUser.required());
            return Texts.format("conceptNotes.recorded", recorded.id());
        });
    }

    public String decide() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("note", String.valueOf(note));
        form.put("status", String.valueOf(target));
        form.put("reason", reason);
        return commands.submit(currentUser.required(), token, "decide concept note", form, PAGE, () -> {
            if (note == null) {
                throw new InvalidInput(
                        "give the note",
                        List.of(new InvalidInput.Issue("note", Texts.text("conceptNotes.noteMissing"))));
            }
            ConceptNoteView decided = notes.decide(note, target, reason, OptionalLong.empty(), currentUser.required());
            return Texts.format(
                    "conceptNotes.decided",
                    decided.id(),
                    Texts.text("conceptNoteStatus." + decided.status().name()));
        });
    }

    /** A list as the table shows it: "IOM, ILO". */
    public String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** "IOM, ilo" -> [IOM, ILO]: the form's lists are typed comma-separated. */
    private static List<String> codes(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT))
                .toList();
    }

    private static List<Integer> objectives(String typed) {
        List<Integer> numbers = new java.util.ArrayList<>();
        for (String code : codes(typed)) {
            try {
                numbers.add(Integer.valueOf(code));
            } catch (NumberFormatException notANumber) {
                throw new InvalidInput(
                        "the objectives are not numbers",
                        List.of(new InvalidInput.Issue("gcmObjectives", Texts.text("conceptNotes.objectivesHint"))));
            }
        }
        return numbers;
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        if (!name.equals("conceptNotes")) {
            return Optional.empty();
        }
        Optional<ConceptNoteStatus> only = chosen();
        return Optional.of(Sheet.paged(
                "concept-notes",
                Texts.text("conceptNotes.title"),
                List.of(
                        Column.text(Texts.text("conceptNotes.number")),
                        Column.date(Texts.text("conceptNotes.receivedOn")),
                        Column.text(Texts.text("conceptNotes.submittedBy")),
                        Column.text(Texts.text("conceptNotes.noteTitle")),
                        Column.text(Texts.text("conceptNotes.punos")),
                        Column.text(Texts.text("conceptNotes.countries")),
                        Column.text(Texts.text("conceptNotes.areas")),
                        Column.text(Texts.text("conceptNotes.objectives")),
                        Column.amount(Texts.text("conceptNotes.requested")),
                        Column.text(Texts.text("conceptNotes.status")),
                        Column.text(Texts.text("conceptNotes.reason")),
                        Column.text(Texts.text("conceptNotes.programme"))),
                page -> notes.conceptNotes(only, page, currentUser.required()),
                "receivedOn",
                true,
                n -> List.of(
                        Long.toString(n.id()),
                        n.receivedOn(),
                        n.submittedBy(),
                        n.title(),
                        String.join(", ", n.punos()),
                        String.join(", ", n.countries()),
                        String.join(", ", n.thematicAreas()),
                        n.gcmObjectives().stream()
                                .map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(", ")),
                        n.requestedAmount(),
                        Texts.text("conceptNoteStatus." + n.status().name()),
                        n.reason() == null ? "" : n.reason(),
                        n.programme() == null ? "" : n.programme())));
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public void setSubmittedBy(String submittedBy) {
        this.submittedBy = submittedBy;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLeadPuno() {
        return leadPuno;
    }

    public void setLeadPuno(String leadPuno) {
        this.leadPuno = leadPuno;
    }

    public String getPunos() {
        return punos;
    }

    public void setPunos(String punos) {
        this.punos = punos;
    }

    public String getCountries() {
        return countries;
    }

    public void setCountries(String countries) {
        this.countries = countries;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }

    public String getThematicAreas() {
        return thematicAreas;
    }

    public void setThematicAreas(String thematicAreas) {
        this.thematicAreas = thematicAreas;
    }

    public String getGcmObjectives() {
        return gcmObjectives;
    }

    public void setGcmObjectives(String gcmObjectives) {
        this.gcmObjectives = gcmObjectives;
    }

    public String getGuidingPrinciples() {
        return guidingPrinciples;
    }

    public void setGuidingPrinciples(String guidingPrinciples) {
        this.guidingPrinciples = guidingPrinciples;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public Long getNote() {
        return note;
    }

    public void setNote(Long note) {
        this.note = note;
    }

    public ConceptNoteStatus getTarget() {
        return target;
    }

    public void setTarget(ConceptNoteStatus target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

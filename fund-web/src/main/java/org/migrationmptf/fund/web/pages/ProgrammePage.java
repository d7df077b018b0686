package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationmptf.fund.disbursement.api.AllocationDesk;
import org.migrationmptf.fund.disbursement.api.AllocationRegister;
import org.migrationmptf.fund.disbursement.api.AllocationRequest;
import org.migrationmptf.fund.disbursement.api.AllocationView;
import org.migrationmptf.fund.disbursement.api.Availability;
import org.migrationmptf.fund.disbursement.api.FundingRegister;
import org.migrationmptf.fund.disbursement.api.ProgrammeFunding;
import org.migrationmptf.fund.disbursement.api.TrancheRoom;
import org.migrationmptf.fund.disbursement.api.TransferDesk;
import org.migrationmptf.fund.disbursement.api.TransferRegister;
import org.migrationmptf.fund.disbursement.api.TransferView;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.programme.api.ProgrammeRegister;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reference.api.ThematicAreaView;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.NotFound;

/**
 * One programme: its budget, its funding per PUNO (the same figures as {@code GET
 * /api/v1/programmes/{code}}), its allocations, and for the secretariat the allocation form, which
 * shows what the chosen thematic area may still allocate before anything is submitted.
 */
@Named
@ViewScoped
public class ProgrammePage implements Serializable, Downloadable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeRegister programmes;

    @Inject
    FundingRegister funding;

    @Inject
    AllocationRegister allocations;

    @Inject
    AllocationDesk desk;

    @Inject
    ReferenceCatalog reference;

    @Inject
    TransferDesk transferDesk;

    @Inject
    TransferRegister transfers;

    @Inject
    PageCommands commands;

    @Inject
    CurrentUser currentUser;

    private final String token = PageCommands.newToken();
    private String code;
    private ProgrammeView programme;
    private ProgrammeFunding figures;
    private String problem;
    private PagedTable<AllocationView> allocationTable;
    private String puno;
    private String area;
    private BigDecimal amount;
    private String decision;
    private String window;
    private String transferPuno;
    private BigDecimal transferAmount;
    private PagedTable<TransferView> transferTable;

    /** The programme of the {@code code} parameter, or null with {@link #getProblem} saying why. */
    public ProgrammeView getProgramme() {
        if (programme == null && problem == null) {
            try {
                programme = programmes.programme(code == null ? "" : code.strip(), currentUser.required());
                figures = funding.ofProgramme(programme.code(), currentUser.required());
            } catch (NotFound none) {
                problem = Texts.format("programme.notFound", code == null ? "" : code);
            }
        }
        return programme;
    }

    public ProgrammeFunding getFunding() {
        getProgramme();
        return figures;
    }

    public String getProblem() {
        getProgramme();
        return problem;
    }

    public PagedTable<AllocationView> getAllocations() {
        if (allocationTable == null) {
            String of = code;
            allocationTable = new PagedTable<>(
                    page -> allocations.allocations(Optional.of(of), Optional.empty(), page, currentUser.required()),
                    AllocationRegister.SORTS,
                    "id",
                    true);
        }
        return allocationTable;
    }

    /** Whether the user may allocate to this programme now (the officer, an approved or active programme). */
    public boolean isAllocatable() {
        ProgrammeView p = getProgramme();
        return p != null
                && currentUser.may(Permission.PREPARE_ALLOCATION.name())
                && (p.status() == ProgrammeStatus.APPROVED || p.status() == ProgrammeStatus.ACTIVE);
    }

    public List<ThematicAreaView> getAreas() {
        return reference.thematicAreas();
    }

    /** What the chosen area (the programme's by default) may still allocate, as the approval will check it. */
    public Availability getAvailable() {
        ProgrammeView p = getProgramme();
        if (p == null) {
            return null;
        }
        return allocations.availability(chosenArea(p), currentUser.required());
    }

    /** The fund's windows an allocation may be made in, the programmatic one first. */
    public List<String> getWindows() {
        List<String> windows = new java.util.ArrayList<>();
        windows.add(AllocationRequest.PROGRAMMATIC);
        allocations.windowAvailability(currentUser.required()).forEach(w -> windows.add(w.window()));
        return windows;
    }

    /** Whether the allocation is made in the programmatic window (the areas' rule applies). */
    public boolean isProgrammatic() {
        return window == null || window.isBlank() || window.equals(AllocationRequest.PROGRAMMATIC);
    }

    /** What the chosen window other than the programmatic one may still allocate, or null. */
    public org.migrationmptf.fund.disbursement.api.WindowAvailability getWindowAvailable() {
        if (isProgrammatic()) {
            return null;
        }
        return allocations.windowAvailability(currentUser.required()).stream()
                .filter(w -> w.window().equals(window))
                .findFirst()
                .orElse(null);
    }

    private String chosenArea(ProgrammeView p) {
        return area == null || area.isBlank() ? p.thematicArea() : area;
    }

    public void refreshAvailable() {
        // the area changed: getAvailable() reads it again
    }

    public String allocate() {
        ProgrammeView p = getProgramme();
        if (p == null) {
            return null;
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("programme", p.code());
        form.put("puno", puno);
        form.put("thematicArea", chosenArea(p));
        form.put("amount", amount == null ? null : amount.toPlainString());
        form.put("decision", decision);
        form.put("window", window);
        return commands.submit(
                currentUser.required(), token, "prepare allocation", form, "/staff/programme?code=" + p.code(), () -> {
                    AllocationView prepared = desk.prepare(
                            new AllocationRequest(p.code(), puno, chosenArea(p), amount, decision, window),
                            currentUser.required());
                    return Texts.format(
                            "programme.allocationPrepared",
                            Formats.amount(prepared.amount(), Languages.current()),
                            prepared.puno());
                });
    }

    /** Whether the user may instruct a transfer now (the officer, an approved or active programme). */
    public boolean isInstructable() {
        ProgrammeView p = getProgramme();
        return p != null
                && currentUser.may(Permission.PREPARE_TRANSFER_INSTRUCTION.name())
                && (p.status() == ProgrammeStatus.APPROVED || p.status() == ProgrammeStatus.ACTIVE);
    }

    private String chosenTransferPuno(ProgrammeView p) {
        return transferPuno == null || transferPuno.isBlank() ? p.punos().get(0).puno() : transferPuno;
    }

    /** What the chosen PUNO (the first by default) may still be instructed, as the preparation checks it. */
    public TrancheRoom getRoom() {
        ProgrammeView p = getProgramme();
        if (p == null || p.punos().isEmpty()) {
            return null;
        }
        return transfers.room(p.code(), chosenTransferPuno(p), currentUser.required());
    }

    public void refreshRoom() {
        // the PUNO changed: getRoom() reads it again
    }

    public String instruct() {
        ProgrammeView p = getProgramme();
        if (p == null) {
            return null;
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("programme", p.code());
        form.put("puno", transferPuno);
        form.put("amount", transferAmount == null ? null : transferAmount.toPlainString());
        return commands.submit(
                currentUser.required(),
                token,
                "prepare transfer instruction",
                form,
                "/staff/programme?code=" + p.code(),
                () -> {
                    TransferView prepared =
                            transferDesk.prepare(p.code(), transferPuno, transferAmount, currentUser.required());
                    return Texts.format(
                            "programme.instructionPrepared",
                            Formats.amount(prepared.amount(), Languages.current()),
                            prepared.puno(),
                            prepared.tranche());
                });
    }

    /** The programme's transfer instructions and transfers, newest first. */
    public PagedTable<TransferView> getTransfers() {
        if (transferTable == null) {
            String of = code;
            transferTable = new PagedTable<>(
                    page -> transfers.transfers(Optional.of(of), Optional.empty(), page, currentUser.required()),
                    TransferRegister.SORTS,
                    "id",
                    true);
        }
        return transferTable;
    }

    /** A list as the page shows it: "6, 22". */
    public String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        ProgrammeView p = getProgramme();
        if (p == null) {
            return Optional.empty();
        }
        if (name.equals("funding")) {
            return Optional.of(Sheet.of(
                    "funding",
                    p.code() + " " + Texts.text("programme.funding"),
                    List.of(
                            Column.text(Texts.text("programme.puno")),
                            Column.amount(Texts.text("programme.budget")),
                            Column.amount(Texts.text("programme.allocated")),
                            Column.amount(Texts.text("programme.awaiting")),
                            Column.amount(Texts.text("programme.transferred")),
                            Column.amount(Texts.text("programme.refunded")),
                            Column.amount(Texts.text("programme.netFunded")),
                            Column.amount(Texts.text("programme.expenditure")),
                            Column.number(Texts.text("programme.deliveryRate"), 4)),
                    getFunding().punos(),
                    f -> java.util.Arrays.asList(
                            f.puno(),
                            f.budget(),
                            f.allocated(),
                            f.awaitingApproval(),
                            f.transferred(),
                            f.refunded(),
                            f.netFunded(),
                            f.expenditure(),
                            f.deliveryRate())));
        }
        if (name.equals("allocations")) {
            String of = p.code();
            return Optional.of(Sheet.paged(
                    "allocations",
                    p.code() + " " + Texts.text("programme.allocations"),
                    List.of(
                            Column.integer(Texts.text("programme.allocation")),
                            Column.text(Texts.text("programme.puno")),
                            Column.text(Texts.text("programmes.area")),
                            Column.amount(Texts.text("programme.amount")),
                            Column.text(Texts.text("programme.decision")),
                            Column.text(Texts.text("programmes.status")),
                            Column.text(Texts.text("programme.preparedBy")),
                            Column.text(Texts.text("programme.decidedBy"))),
                    page -> allocations.allocations(Optional.of(of), Optional.empty(), page, currentUser.required()),
                    "id",
                    true,
                    a -> java.util.Arrays.asList(
                            a.id(),
                            a.puno(),
                            a.thematicArea(),
                            a.amount(),
                            a.decision(),
                            Texts.text("allocationStatus." + a.status().name()),
                            a.preparedBy(),
                            a.decidedBy())));
        }
        if (name.equals("budget")) {
            return Optional.of(Sheet.of(
                    "budget",
                    p.code() + " " + Texts.text("programme.budgetLines"),
                    List.of(
                            Column.text(Texts.text("programme.puno")),
                            Column.integer(Texts.text("programme.year")),
                            Column.text(Texts.text("programme.category")),
                            Column.amount(Texts.text("programme.amount"))),
                    p.budgetLines(),
                    l -> java.util.Arrays.asList(
                            l.puno(), l.year(), Texts.text("budgetCategory." + l.category()), l.amount())));
        }
        if (name.equals("transfers")) {
            String of = p.code();
            return Optional.of(TransfersPage.sheetOf(
                    "transfers",
                    p.code() + " " + Texts.text("programme.transfers"),
                    page -> transfers.transfers(Optional.of(of), Optional.empty(), page, currentUser.required()),
                    true));
        }
        return Optional.empty();
    }

    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.window = window;
    }

    public String getTransferPuno() {
        return transferPuno;
    }

    public void setTransferPuno(String transferPuno) {
        this.transferPuno = transferPuno;
    }

    public BigDecimal getTransferAmount() {
        return transferAmount;
    }

    public void setTransferAmount(BigDecimal transferAmount) {
        this.transferAmount = transferAmount;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPuno() {
        return puno;
    }

    public void setPuno(String puno) {
        this.puno = puno;
    }

    /** The area the allocation is charged to: the programme's own until the officer chooses another. */
    public String getArea() {
        ProgrammeView p = getProgramme();
        return area == null && p != null ? p.thematicArea() : area;
    }

    /** The programme's countries, comma-separated. */
    public String getCountries() {
        ProgrammeView p = getProgramme();
        return p == null ? "" : String.join(", ", p.countries());
    }

    public void setArea(String area) {
        this.area = area;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }
}

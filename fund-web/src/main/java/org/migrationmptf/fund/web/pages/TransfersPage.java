package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.migrationmptf.fund.disbursement.api.TransferDesk;
import org.migrationmptf.fund.disbursement.api.TransferRegister;
import org.migrationmptf.fund.disbursement.api.TransferStatus;
import org.migrationmptf.fund.disbursement.api.TransferView;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.InvalidInput;

/**
 * The Administrative Agent's transfers: the approved instructions waiting to be executed (or every
 * instruction), a page at a time, and the form that executes one on its value date, through the
 * same desk as {@code POST /api/v1/transfers} (refused above the allocation or below zero cash).
 */
@Named
@ViewScoped
public class TransfersPage implements Serializable, Downloadable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/finance/transfers";

    @Inject
    TransferRegister register;

    @Inject
    TransferDesk desk;

    @Inject
    org.migrationmptf.fund.disbursement.api.PunoReturnDesk returns;

    @Inject
    PageCommands commands;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private final String token = PageCommands.newToken();
    private String status;
    private Long instruction;
    private LocalDate valueDate;
    private PagedTable<TransferView> table;
    private org.migrationmptf.fund.disbursement.api.ReturnKind returnKind =
            org.migrationmptf.fund.disbursement.api.ReturnKind.REFUND;
    private String returnProgramme;
    private String returnPuno;
    private java.math.BigDecimal returnAmount;
    private LocalDate returnValueDate;
    private String returnReference;

    /** Approved instructions (to execute) unless {@code status} asks for another status or ALL. */
    private Optional<TransferStatus> shown() {
        if ("ALL".equals(status)) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    status == null || status.isBlank() ? TransferStatus.APPROVED : TransferStatus.valueOf(status));
        } catch (IllegalArgumentException unknown) {
            return Optional.of(TransferStatus.APPROVED);
        }
    }

    public String getShownStatus() {
        return shown().map(Enum::name).orElse("ALL");
    }

    public List<TransferStatus> getStatuses() {
        return List.of(TransferStatus.values());
    }

    public PagedTable<TransferView> getTransfers() {
        if (table == null) {
            Optional<TransferStatus> only = shown();
            table = new PagedTable<>(
                    page -> register.transfers(Optional.empty(), only, page, currentUser.required()),
                    TransferRegister.SORTS,
                    "id",
                    false);
        }
        return table;
    }

    public String execute() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("instruction", String.valueOf(instruction));
        form.put("valueDate", String.valueOf(valueDate));
        return commands.submit(currentUser.required(), token, "execute transfer", form, PAGE, () -> {
            if (instruction == null) {
                throw new InvalidInput(
                        "give the instruction",
                        List.of(new InvalidInput.Issue("instruction", Texts.text("transfers.instructionMissing"))));
            }
            LocalDate on = valueDate == null ? LocalDate.now(clock) : valueDate;
            TransferView executed = desk.execute(instruction, on, OptionalLong.empty(), currentUser.required());
            return Texts.format(
                    "transfers.executed",
                    Formats.amount(executed.amount(), Languages.current()),
                    executed.puno(),
                    executed.programme(),
                    executed.journalEntry());
        });
    }

    public List<org.migrationmptf.fund.disbursement.api.ReturnKind> getReturnKinds() {
        return List.of(org.migrationmptf.fund.disbursement.api.ReturnKind.values());
    }

    /** Records a refund of an unspent balance or interest a PUNO passed back: it posts, as the API's does. */
    public String recordReturn() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("kind", String.valueOf(returnKind));
        form.put("programme", returnProgramme);
        form.put("puno", returnPuno);
        form.put("amount", returnAmount == null ? null : returnAmount.toPlainString());
        form.put("valueDate", String.valueOf(returnValueDate));
        form.put("reference", returnReference);
        return commands.submit(currentUser.required(), token, "record PUNO return", form, PAGE, () -> {
            String programme = returnProgramme == null ? null : returnProgramme.strip();
            String puno = returnPuno == null ? null : returnPuno.strip().toUpperCase(java.util.Locale.ROOT);
            var recorded = returnKind == org.migrationmptf.fund.disbursement.api.ReturnKind.INTEREST
                    ? returns.recordInterest(
                            programme, puno, returnAmount, returnValueDate, returnReference, currentUser.required())
                    : returns.record(
                            programme, puno, returnAmount, returnValueDate, returnReference, currentUser.required());
            return Texts.format(
                    "transfers.returnRecorded",
                    Texts.text("returnKind." + recorded.kind().name()),
                    Formats.amount(recorded.amount(), Languages.current()),
                    recorded.puno(),
                    recorded.programme(),
                    recorded.journalEntry());
        });
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        if (!name.equals("transfers")) {
            return Optional.empty();
        }
        Optional<TransferStatus> only = shown();
        return Optional.of(sheetOf(
                "transfers",
                Texts.text("transfers.title"),
                page -> register.transfers(Optional.empty(), only, page, currentUser.required()),
                false));
    }

    /** Transfer instructions as a download: the same columns on every page that lists them. */
    static Sheet sheetOf(
            String name,
            String title,
            java.util.function.Function<
                            org.migrationmptf.fund.shared.PageRequest, org.migrationmptf.fund.shared.Page<TransferView>>
                    fetch,
            boolean newestFirst) {
        return Sheet.paged(
                name,
                title,
                List.of(
                        Column.integer(Texts.text("programme.instruction")),
                        Column.text(Texts.text("programmes.code")),
                        Column.text(Texts.text("programme.puno")),
                        Column.integer(Texts.text("programme.tranche")),
                        Column.amount(Texts.text("programme.amount")),
                        Column.text(Texts.text("programmes.status")),
                        Column.date(Texts.text("programme.valueDate")),
                        Column.text(Texts.text("programme.preparedBy")),
                        Column.text(Texts.text("programme.decidedBy"))),
                fetch,
                "id",
                newestFirst,
                t -> java.util.Arrays.asList(
                        t.id(),
                        t.programme(),
                        t.puno(),
                        t.tranche(),
                        t.amount(),
                        Texts.text("transferStatus." + t.status().name()),
                        t.valueDate(),
                        t.preparedBy(),
                        t.decidedBy()));
    }

    public org.migrationmptf.fund.disbursement.api.ReturnKind getReturnKind() {
        return returnKind;
    }

    public void setReturnKind(org.migrationmptf.fund.disbursement.api.ReturnKind returnKind) {
        this.returnKind = returnKind;
    }

    public String getReturnProgramme() {
        return returnProgramme;
    }

    public void setReturnProgramme(String returnProgramme) {
        this.returnProgramme = returnProgramme;
    }

    public String getReturnPuno() {
        return returnPuno;
    }

    public void setReturnPuno(String returnPuno) {
        this.returnPuno = returnPuno;
    }

    public java.math.BigDecimal getReturnAmount() {
        return returnAmount;
    }

    public void setReturnAmount(java.math.BigDecimal returnAmount) {
        this.returnAmount = returnAmount;
    }

    public LocalDate getReturnValueDate() {
        return returnValueDate;
    }

    public void setReturnValueDate(LocalDate returnValueDate) {
        this.returnValueDate = returnValueDate;
    }

    public String getReturnReference() {
        return returnReference;
    }

    public void setReturnReference(String returnReference) {
        this.returnReference = returnReference;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getInstruction() {
        return instruction;
    }

    public void setInstruction(Long instruction) {
        this.instruction = instruction;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public void setValueDate(LocalDate valueDate) {
        this.valueDate = valueDate;
    }
}

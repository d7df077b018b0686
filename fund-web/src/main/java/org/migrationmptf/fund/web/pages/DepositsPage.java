package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorSummary;
import org.migrationmptf.fund.contribution.api.DepositDesk;
import org.migrationmptf.fund.contribution.api.DepositPreview;
import org.migrationmptf.fund.contribution.api.DepositRequest;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.ledger.api.FundPosition;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * Administrative Agent finance's home: its inbox of deposits others recorded (a second finance user
 * verifies after confirming what will post, or rejects with a reason), the key figures, every
 * deposit, and the form to record one with a preview of rate, US dollars and fee before it is
 * recorded. Every write goes through {@link PageCommands} (one-time form token, Post-Redirect-Get)
 * to the same desk the API uses.
 */
@Named
@ViewScoped
public class DepositsPage implements Serializable, Downloadable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/finance/deposits";
    private static final java.util.Set<String> SORTS = java.util.Set.of("receivedOn", "id", "usdAmount", "status");

    @Inject
    org.migrationmptf.fund.ledger.api.Ledger ledger;

    @Inject
    ContributionRegister register;

    @Inject
    DepositDesk desk;

    @Inject
    Approvals approvals;

    @Inject
    PageCommands commands;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private final String token = PageCommands.newToken();
    private String contributor;
    private Long agreementId;
    private LocalDate receivedOn;
    private BigDecimal amount;
    private BigDecimal usdReceived;
    private BigDecimal bankStatedRate;
    private String bankReference;
    private Long confirming;
    private final HashMap<Long, String> rejectionReasons = new HashMap<>();
    private PagedTable<DepositView> inbox;
    private PagedTable<DepositView> all;
    private transient DepositPreview preview;
    private transient String previewProblem;
    private transient Long decisions;
    private transient FundPosition position;

    public List<ContributorSummary> getContributors() {
        return register.contributors();
    }

    public List<AgreementView> getAgreements() {
        if (contributor == null || contributor.isBlank()) {
            return List.of();
        }
        return register.agreementsOf(contributor, LocalDate.now(clock), currentUser.required()).stream()
                .filter(a -> a.remaining().signum() > 0)
                .toList();
    }

    /** The currency of the chosen agreement, shown beside the amount. */
    public String getCurrency() {
        return getAgreements().stream()
                .filter(a -> agreementId != null && a.id() == agreementId)
                .map(AgreementView::currency)
                .findFirst()
                .orElse(null);
    }

    /** Deposits awaiting a checker, oldest first, a page at a time. */
    public PagedTable<DepositView> getInbox() {
        if (inbox == null) {
            inbox = new PagedTable<>(
                    page -> register.deposits(Optional.of(DepositStatus.RECORDED), page, currentUser.required()),
                    SORTS,
                    "id",
                    true); // the latest recorded first: what a checker was just asked to verify
        }
        return inbox;
    }

    /** Every deposit, latest value date first, a page at a time. */
    public PagedTable<DepositView> getAll() {
        if (all == null) {
            all = new PagedTable<>(
                    page -> register.deposits(Optional.empty(), page, currentUser.required()),
                    SORTS,
                    "receivedOn",
                    true);
        }
        return all;
    }

    /** How many approvals wait for this user's decision (deposits to verify, closes to approve). */
    public long getDecisions() {
        if (decisions == null) {
            decisions = approvals
                    .inbox(currentUser.required(), PageRequest.first(1))
                    .total();
        }
        return decisions;
    }

    /** The fund's cash with the Administrative Agent and what it holds today, from the ledger. */
    public FundPosition getPosition() {
        if (position == null) {
            position = ledger.fundPosition(LocalDate.now(clock));
        }
        return position;
    }

    /** Whether the signed-in user recorded this deposit (then another must decide it). */
    public boolean isOwn(DepositView deposit) {
        return deposit.recordedBy().equals(currentUser.getUsername());
    }

    /** The deposit whose verification waits for the user's confirmation, if any. */
    public DepositView getConfirmation() {
        if (confirming == null) {
            return null;
        }
        DepositView deposit = register.deposit(confirming, currentUser.required());
        return deposit.status() == DepositStatus.RECORDED ? deposit : null;
    }

    /** First step of a verification: show what will post and ask to confirm. */
    public void askToVerify(long depositId) {
        confirming = depositId;
    }

    public void cancelVerification() {
        confirming = null;
    }

    /** What the form would record, computed as the user fills it in; nothing is written. */
    public DepositPreview getPreview() {
        computePreview();
        return preview;
    }

    public String getPreviewProblem() {
        computePreview();
        return previewProblem;
    }

    private void computePreview() {
        if (preview != null || previewProblem != null || agreementId == null || amount == null || receivedOn == null) {
            return;
        }
        try {
            preview = register.previewDeposit(
                    agreementId,
                    new DepositRequest(receivedOn, amount, getCurrency(), usdReceived, bankStatedRate, bankReference),
                    currentUser.required());
        } catch (RuntimeException e) {
            previewProblem = PageCommands.reason(e);
        }
    }

    /** The form changed (an ajax event): the preview is computed again. */
    public void refreshPreview() {
        preview = null;
        previewProblem = null;
    }

    public String record() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("agreement", agreementId);
        form.put("receivedOn", String.valueOf(receivedOn));
        form.put("amount", amount);
        form.put("usdReceived", usdReceived);
        form.put("bankStatedRate", bankStatedRate);
        form.put("bankReference", bankReference);
        return commands.submit(currentUser.required(), token, "record deposit", form, PAGE, () -> {
            AgreementView agreement = register.agreement(agreementId, LocalDate.now(clock), currentUser.required());
            DepositView recorded = desk.record(
                    agreementId,
                    new DepositRequest(
                            receivedOn, amount, agreement.currency(), usdReceived, bankStatedRate, bankReference),
                    OptionalLong.empty(),
                    currentUser.required());
            return Texts.format(
                    "deposits.recorded",
                    recorded.id(),
                    recorded.currency() + " " + Formats.amount(recorded.amount(), Languages.current()),
                    Formats.amount(recorded.usdAmount(), Languages.current()),
                    Formats.amount(recorded.feeUsd(), Languages.current()));
        });
    }

    public String verify() {
        Long depositId = confirming;
        if (depositId == null) {
            PageCommands.error(Texts.text("deposits.chooseFirst"));
            return null;
        }
        return commands.submit(
                currentUser.required(), token, "verify deposit", Map.of("deposit", depositId), PAGE, () -> {
                    DepositView posted = desk.verify(depositId, OptionalLong.empty(), currentUser.required());
                    return Texts.format("deposits.verified", posted.id(), posted.depositEntryId(), posted.feeEntryId());
                });
    }

    public String reject(long depositId) {
        String reason = rejectionReasons.get(depositId);
        return commands.submit(
                currentUser.required(),
                token,
                "reject deposit",
                Map.of("deposit", depositId, "reason", String.valueOf(reason)),
                PAGE,
                () -> {
                    DepositView rejected = desk.reject(depositId, reason, OptionalLong.empty(), currentUser.required());
                    return Texts.format("deposits.rejected", rejected.id(), rejected.agreementReference());
                });
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        List<Column> columns = List.of(
                Column.integer(Texts.text("deposits.id")),
                Column.date(Texts.text("deposits.received")),
                Column.text(Texts.text("deposits.contributor")),
                Column.text(Texts.text("deposits.agreement")),
                Column.text(Texts.text("deposits.currency")),
                Column.amountAsHeld(Texts.text("deposits.amount")),
                Column.number(Texts.text("deposits.rate"), 6),
                Column.amount(Texts.text("deposits.usd")),
                Column.amount(Texts.text("deposits.fee")),
                Column.text(Texts.text("deposits.bankReference")),
                Column.text(Texts.text("deposits.status")),
                Column.text(Texts.text("deposits.recordedBy")));
        Optional<DepositStatus> status =
                switch (name) {
                    case "pending" -> Optional.of(DepositStatus.RECORDED);
                    case "deposits" -> Optional.empty();
                    default -> null;
                };
        if (status == null) {
            return Optional.empty();
        }
        return Optional.of(Sheet.paged(
                name,
                Texts.text(name.equals("pending") ? "deposits.inbox" : "deposits.all"),
                columns,
                page -> register.deposits(status, page, currentUser.required()),
                "receivedOn",
                status.isEmpty(),
                d -> java.util.Arrays.asList(
                        d.id(),
                        d.receivedOn(),
                        d.contributorCode(),
                        d.agreementReference(),
                        d.currency(),
                        d.amount(),
                        d.unitsPerUsd(),
                        d.usdAmount(),
                        d.feeUsd(),
                        d.bankReference(),
                        Texts.text("deposit.status." + d.status().name()),
                        d.recordedBy())));
    }

    /** The reason typed beside each pending deposit, by deposit id. */
    public Map<Long, String> getRejectionReasons() {
        return rejectionReasons;
    }

    public String getContributor() {
        return contributor;
    }

    public void setContributor(String contributor) {
        this.contributor = contributor;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getUsdReceived() {
        return usdReceived;
    }

    public void setUsdReceived(BigDecimal usdReceived) {
        this.usdReceived = usdReceived;
    }

    public BigDecimal getBankStatedRate() {
        return bankStatedRate;
    }

    public void setBankStatedRate(BigDecimal bankStatedRate) {
        this.bankStatedRate = bankStatedRate;
    }

    public String getBankReference() {
        return bankReference;
    }

    public void setBankReference(String bankReference) {
        this.bankReference = bankReference;
    }
}

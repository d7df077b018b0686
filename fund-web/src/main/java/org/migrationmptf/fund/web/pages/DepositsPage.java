package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorSummary;
import org.migrationmptf.fund.contribution.api.DepositDesk;
import org.migrationmptf.fund.contribution.api.DepositRequest;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * Administrative Agent finance's deposits page: record a deposit, and the verification inbox of
 * deposits others recorded, where a second finance user verifies (after confirming what will post)
 * or rejects with a reason. Every write goes through {@link PageCommands} (one-time form token,
 * Post-Redirect-Get) to the same desk the API uses.
 */
@Named
@ViewScoped
public class DepositsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/finance/deposits";

    @Inject
    ContributionRegister register;

    @Inject
    DepositDesk desk;

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
    private transient List<DepositView> inbox;

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

    /** Deposits awaiting a checker, oldest first; a mutable list, so the table can sort it. */
    public List<DepositView> getInbox() {
        if (inbox == null) {
            inbox = new ArrayList<>(register.deposits(
                            Optional.of(DepositStatus.RECORDED),
                            new PageRequest(0, 200, "receivedOn", false),
                            currentUser.required())
                    .items());
        }
        return inbox;
    }

    /** Whether the signed-in user recorded this deposit (then another must decide it). */
    public boolean isOwn(DepositView deposit) {
        return deposit.recordedBy().equals(currentUser.getUsername());
    }

    /** The deposit whose verification waits for the user's confirmation, if any. */
    public DepositView getConfirmation() {
        return confirming == null
                ? null
                : getInbox().stream()
                        .filter(d -> d.id() == confirming)
                        .findFirst()
                        .orElse(null);
    }

    /** First step of a verification: show what will post and ask to confirm. */
    public void askToVerify(long depositId) {
        confirming = depositId;
    }

    public void cancelVerification() {
        confirming = null;
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
            return "Deposit " + recorded.id() + " recorded: " + recorded.currency() + " "
                    + recorded.amount().toPlainString() + " = USD "
                    + recorded.usdAmount().toPlainString() + " (fee "
                    + recorded.feeUsd().toPlainString() + "). Another finance user must verify it before it posts";
        });
    }

    public String verify() {
        Long depositId = confirming;
        if (depositId == null) {
            PageCommands.error("Choose the deposit to verify first");
            return null;
        }
        return commands.submit(
                currentUser.required(), token, "verify deposit", Map.of("deposit", depositId), PAGE, () -> {
                    DepositView posted = desk.verify(depositId, OptionalLong.empty(), currentUser.required());
                    return "Deposit " + posted.id() + " verified and posted (journal entries " + posted.depositEntryId()
                            + " and " + posted.feeEntryId() + ")";
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
                    return "Deposit " + rejected.id() + " rejected: it will not post, and its amount is free again on "
                            + rejected.agreementReference();
                });
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

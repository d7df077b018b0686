package org.migrationmptf.fund.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorSummary;
import org.migrationmptf.fund.contribution.api.DepositDesk;
import org.migrationmptf.fund.contribution.api.DepositRequest;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.contribution.api.ExchangeRateView;
import org.migrationmptf.fund.contribution.api.ExchangeRates;
import org.migrationmptf.fund.contribution.api.RateImport;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.PageRequest;
import org.migrationmptf.fund.shared.StaleVersion;

/**
 * The Administrative Agent finance pages: record a deposit, the verification inbox (deposits others
 * recorded), the rate import, and the trial balance. Every refusal of the domain becomes a message on
 * the page; the domain has already put it on the audit trail.
 */
@Named
@ViewScoped // the agreement menu depends on the contributor chosen earlier in the same view
public class FinanceDesk implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributionRegister register;

    @Inject
    DepositDesk desk;

    @Inject
    ExchangeRates rates;

    @Inject
    Ledger ledger;

    @Inject
    Authenticator authenticator;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    private String contributor;
    private Long agreementId;
    private LocalDate receivedOn;
    private BigDecimal amount;
    private BigDecimal usdReceived;
    private String bankReference;
    private transient Part rateFile;
    private LocalDate asOf;
    private transient List<DepositView> inbox;
    private transient TrialBalance trialBalance;
    private final java.util.HashMap<Long, String> rejectionReasons = new java.util.HashMap<>();

    private AuthenticatedUser user() {
        return Optional.ofNullable(security.getCallerPrincipal())
                .flatMap(p -> authenticator.currentUser(p.getName()))
                .orElseThrow(() -> new IllegalStateException("the finance pages are for signed-in users"));
    }

    public List<ContributorSummary> getContributors() {
        return register.contributors();
    }

    public List<AgreementView> getAgreements() {
        if (contributor == null || contributor.isBlank()) {
            return List.of();
        }
        return register.agreementsOf(contributor, LocalDate.now(clock), user()).stream()
                .filter(a -> a.remaining().signum() > 0)
                .toList();
    }

    public List<DepositView> getInbox() {
        if (inbox == null) {
            inbox = register.deposits(Optional.of("RECORDED"), new PageRequest(0, 200, "receivedOn", false), user())
                    .items();
        }
        return inbox;
    }

    public String getUsername() {
        return user().username();
    }

    public String record() {
        try {
            AgreementView agreement = register.agreement(agreementId, LocalDate.now(clock), user());
            DepositView recorded = desk.record(
                    agreementId,
                    new DepositRequest(receivedOn, amount, agreement.currency(), usdReceived, bankReference),
                    OptionalLong.empty(),
                    user());
            info("Deposit " + recorded.id() + " recorded: " + recorded.currency() + " " + recorded.amount()
                    + " = USD " + recorded.usdAmount() + " (fee " + recorded.feeUsd()
                    + "). Another finance user must verify it before it posts.");
            inbox = null;
            amount = null; // a fresh form, so the same deposit is not recorded twice by a second click
            usdReceived = null;
            bankReference = null;
            return null;
        } catch (DomainRuleViolation | StaleVersion | NotFound | InvalidInput | IllegalArgumentException e) {
            error(e.getMessage());
            return null;
        }
    }

    public String verify(long depositId) {
        try {
            DepositView posted = desk.verify(depositId, OptionalLong.empty(), user());
            info("Deposit " + posted.id() + " verified and posted (journal entries " + posted.depositEntryId() + " and "
                    + posted.feeEntryId() + ").");
            inbox = null; // answered on the same page, with the inbox as it is now
            return null;
        } catch (DomainRuleViolation | ConflictingState | StaleVersion | NotFound e) {
            error(e.getMessage());
            inbox = null;
            return null;
        }
    }

    /** The reason typed beside each pending deposit, by deposit id. */
    public java.util.Map<Long, String> getRejectionReasons() {
        return rejectionReasons;
    }

    public String reject(long depositId) {
        try {
            DepositView rejected =
                    desk.reject(depositId, rejectionReasons.get(depositId), OptionalLong.empty(), user());
            info("Deposit " + rejected.id() + " rejected: it will not post, and its amount is free again on "
                    + rejected.agreementReference() + ".");
            rejectionReasons.remove(depositId);
            inbox = null;
            return null;
        } catch (DomainRuleViolation | ConflictingState | StaleVersion | NotFound e) {
            error(e.getMessage());
            inbox = null;
            return null;
        }
    }

    public String importRates() {
        if (rateFile == null || rateFile.getSize() == 0) {
            error("Choose a CSV file with the header currency,month,units_per_usd.");
            return null;
        }
        try (InputStream in = rateFile.getInputStream()) {
            RateImport result = rates.importCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8), user());
            info(result.added() + " rate(s) added, " + result.unchanged() + " already on file with the same value.");
            return "/finance/exchange-rates?faces-redirect=true";
        } catch (InvalidInput e) {
            error(e.getMessage());
            e.issues().forEach(i -> error(i.field() + ": " + i.message()));
            return null;
        } catch (IOException e) {
            error("The file could not be read; nothing was imported.");
            return null;
        }
    }

    public List<ExchangeRateView> getRecentRates() {
        return rates.rates(Optional.empty(), PageRequest.first(60)).items();
    }

    /** Read once per view: the page shows its date, rows and three totals from the same balance. */
    public TrialBalance getTrialBalance() {
        if (trialBalance == null) {
            trialBalance = ledger.trialBalance(asOf == null ? LocalDate.now(clock) : asOf);
        }
        return trialBalance;
    }

    private void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true); // for the redirect after an import
    }

    private void error(String text) {
        String shown = text == null || text.isEmpty()
                ? "The request was refused."
                : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, null));
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

    public String getBankReference() {
        return bankReference;
    }

    public void setBankReference(String bankReference) {
        this.bankReference = bankReference;
    }

    public Part getRateFile() {
        return rateFile;
    }

    public void setRateFile(Part rateFile) {
        this.rateFile = rateFile;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
        this.trialBalance = null;
    }
}

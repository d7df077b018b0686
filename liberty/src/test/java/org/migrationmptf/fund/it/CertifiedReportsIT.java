package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.approval.api.ApprovalDesk;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.audit.api.RegisteredReport;
import org.migrationmptf.fund.audit.api.ReportRegister;
import org.migrationmptf.fund.audit.api.ReportStanding;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.ledger.api.AccountingPeriodView;
import org.migrationmptf.fund.ledger.api.EntryKind;
import org.migrationmptf.fund.ledger.api.JournalEntryDraft;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.PeriodDesk;
import org.migrationmptf.fund.ledger.api.PeriodStatus;
import org.migrationmptf.fund.ledger.api.PostingLine;
import org.migrationmptf.fund.reports.api.FundingStatusReports;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * Certification inside Liberty, in one transaction that is rolled back (other tests post into every
 * year, so no month may stay closed): the ledger's first month is closed by one finance user and
 * approved by another through the approval mechanism; the Funding Status as of its last day is then
 * CERTIFIED, its PDF is signed and kept in the register, the next request is served those very bytes,
 * and nothing posts into the month any more.
 */
@ExtendWith(ArquillianExtension.class)
class CertifiedReportsIT {

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("it.war", "../fund-web/target/fund-web.war"));
        return ShrinkWrap.create(WebArchive.class, "fund-certified-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addClasses(CertifiedReportsIT.class)
                .addAsLibraries(new File(org.assertj.core.api.Assertions.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath()));
    }

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Inject
    Authenticator accounts;

    @Inject
    Ledger ledger;

    @Inject
    PeriodDesk periods;

    @Inject
    Approvals approvals;

    @Inject
    ApprovalDesk approvalDesk;

    @Inject
    FundingStatusReports fundingStatus;

    @Inject
    ReportRegister register;

    private AuthenticatedUser user(String name) {
        return accounts.currentUser(name).orElseThrow();
    }

    /** The ledger's first month, closed four-eyes unless it is already. */
    private YearMonth firstMonthClosed() {
        List<AccountingPeriodView> all = ledger.periods();
        AccountingPeriodView first = all.get(all.size() - 1);
        YearMonth month = YearMonth.parse(first.period());
        if (first.status() == PeriodStatus.OPEN) {
            ApprovalView approval = approvals
                    .pending(FourEyesAction.PERIOD_CLOSE, month.toString())
                    .orElseGet(() -> periods.prepareClose(month, OptionalLong.empty(), user("finance")));
            String checker = approval.preparedBy().equals("finance") ? "finance2" : "finance";
            approvalDesk.approve(approval.id(), OptionalLong.empty(), user(checker));
        }
        assertThat(ledger.period(month).status()).isEqualTo(PeriodStatus.CLOSED);
        return month;
    }

    private java.math.BigDecimal interest(LocalDate asOf) {
        return fundingStatus.statement(asOf).lines().stream()
                .filter(l -> l.key().equals("fundInterest"))
                .findFirst()
                .orElseThrow()
                .amount();
    }

    @Test
    void aCertifiedFundingStatusIsSignedKeptAndServedFromTheRegister() throws Exception {
        transaction.begin();
        try {
            LocalDate asOf = firstMonthClosed().atEndOfMonth();
            assertThat(fundingStatus.statement(asOf).standing()).isEqualTo(ReportStanding.CERTIFIED);

            RenderedReport first = fundingStatus.render(asOf, ReportFormat.PDF, Locale.ENGLISH, "auditor");
            Thread.sleep(1_100); // a second signature would carry a later signing time
            RenderedReport second = fundingStatus.render(asOf, ReportFormat.PDF, Locale.ENGLISH, "auditor");

            String raw = new String(first.content(), StandardCharsets.ISO_8859_1);
            assertThat(raw).contains("/ETSI.CAdES.detached");
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(first.content());
            assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1))
                    .contains("CERTIFIED: every month through this date is closed and approved");
            reader.close();
            assertThat(second.content())
                    .as("served from the register, not signed again")
                    .isEqualTo(first.content());
            assertThat(register.certifiedCopy("funding-status", "asOf=" + asOf + ";lang=en", "pdf"))
                    .hasValueSatisfying(copy -> assertThat(copy.sha256()).isEqualTo(first.sha256()));
            List<RegisteredReport> latest =
                    register.entries(new PageRequest(0, 5, null, true)).items();
            assertThat(latest.get(0).standing()).isEqualTo(ReportStanding.CERTIFIED);
            assertThat(latest.get(0).sha256()).isEqualTo(first.sha256());

            Money one = Money.usd("1.00");
            assertThatThrownBy(() -> ledger.post(
                            new JournalEntryDraft(
                                    asOf,
                                    EntryKind.INTEREST,
                                    "into a certified month",
                                    "it-certified:" + UUID.randomUUID(),
                                    List.of(
                                            PostingLine.debit(LedgerAccounts.CASH_WITH_AA, one),
                                            PostingLine.credit(LedgerAccounts.INTEREST_FROM_FUND, one))),
                            "finance"))
                    .isInstanceOfSatisfying(
                            DomainRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("closed-period"));

            // a correction after the close goes to an open month: today's figures move by exactly it,
            // the certified month's report stays the very file that was issued
            LocalDate today = LocalDate.now();
            java.math.BigDecimal before = interest(today);
            ledger.post(
                    new JournalEntryDraft(
                            today,
                            EntryKind.INTEREST,
                            "a correction after the close",
                            "it-correction:" + UUID.randomUUID(),
                            List.of(
                                    PostingLine.debit(LedgerAccounts.CASH_WITH_AA, one),
                                    PostingLine.credit(LedgerAccounts.INTEREST_FROM_FUND, one))),
                    "finance");
            assertThat(interest(today)).isEqualByComparingTo(before.add(new java.math.BigDecimal("1.00")));
            assertThat(fundingStatus.statement(today).standing()).isEqualTo(ReportStanding.INTERIM);
            assertThat(fundingStatus
                            .render(asOf, ReportFormat.PDF, Locale.ENGLISH, "auditor")
                            .content())
                    .as("the certified month's report is frozen")
                    .isEqualTo(first.content());
        } finally {
            transaction.rollback();
        }
    }
}

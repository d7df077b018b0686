package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.disbursement.api.AllocationDesk;
import org.migrationmptf.fund.disbursement.api.AllocationRequest;
import org.migrationmptf.fund.disbursement.api.TransferDesk;
import org.migrationmptf.fund.disbursement.api.TransferRegister;
import org.migrationmptf.fund.disbursement.api.TransferStatus;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.ledger.api.EntryKind;
import org.migrationmptf.fund.ledger.api.JournalEntryDraft;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.LedgerPosition;
import org.migrationmptf.fund.ledger.api.LedgerPositions;
import org.migrationmptf.fund.ledger.api.PostingLine;
import org.migrationmptf.fund.programme.api.DecisionDesk;
import org.migrationmptf.fund.programme.api.DecisionProcedure;
import org.migrationmptf.fund.programme.api.DecisionType;
import org.migrationmptf.fund.programme.api.Geography;
import org.migrationmptf.fund.programme.api.NewDecision;
import org.migrationmptf.fund.programme.api.NewProgramme;
import org.migrationmptf.fund.programme.api.ProgrammeDesk;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;

/**
 * Invariant 4, inside Liberty: cash with the Administrative Agent never goes below zero. The fund
 * holds far more than any test transfer, so within one transaction that is rolled back the cash is
 * first brought down to USD 5.00 by a posting; an approved transfer of USD 10.00 is then refused
 * ({@code insufficient-cash}) and nothing of it stays. Once the transaction is gone, the same
 * transfer goes through.
 */
@ExtendWith(ArquillianExtension.class)
class CashNeverBelowZeroIT {

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("it.war", "../fund-web/target/fund-web.war"));
        return ShrinkWrap.create(WebArchive.class, "fund-cash-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addClasses(CashNeverBelowZeroIT.class)
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
    DecisionDesk decisions;

    @Inject
    ProgrammeDesk programmes;

    @Inject
    AllocationDesk allocations;

    @Inject
    TransferDesk transfers;

    @Inject
    TransferRegister transferRegister;

    @Inject
    Approvals approvals;

    @Inject
    ApprovalDesk approvalDesk;

    @Inject
    Ledger ledger;

    @Inject
    LedgerPositions positions;

    private AuthenticatedUser user(String name) {
        return accounts.currentUser(name).orElseThrow();
    }

    private BigDecimal cash() {
        BigDecimal cash = BigDecimal.ZERO.setScale(2);
        for (LedgerPosition p : positions.of(List.of(LedgerAccounts.CASH_WITH_AA))) {
            cash = cash.add(p.debitBalance());
        }
        return cash;
    }

    /** A programme approved, USD 10.70 allocated to IOM, and an approved instruction of USD 10.00; its id. */
    private long approvedInstruction() {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String code = "IT-CASH-" + tag;
        AuthenticatedUser officer = user("officer");
        AuthenticatedUser approver = user("approver");
        programmes.register(
                new NewProgramme(
                        code,
                        "Cash invariant " + tag,
                        Geography.NATIONAL,
                        List.of("KEN"),
                        "TA2",
                        "IOM",
                        LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2027-12-31"),
                        List.of(new NewProgramme.BudgetLine("IOM", "1", 2026, new BigDecimal("10.00"))),
                        Map.of(),
                        List.of(7),
                        List.of(),
                        "1",
                        "1",
                        null),
                officer);
        for (DecisionType type : List.of(DecisionType.APPROVE_PROGRAMME, DecisionType.ALLOCATE)) {
            decisions.record(
                    new NewDecision(
                            (type == DecisionType.ALLOCATE ? "SC-A-" : "SC-P-") + tag,
                            LocalDate.parse("2026-01-15"),
                            DecisionProcedure.MEETING,
                            type,
                            "For the cash invariant test"),
                    officer);
        }
        programmes.changeStatus(code, ProgrammeStatus.APPROVED, "SC-P-" + tag, OptionalLong.empty(), officer);
        long allocation = allocations
                .prepare(new AllocationRequest(code, "IOM", null, new BigDecimal("10.70"), "SC-A-" + tag), officer)
                .id();
        approvalDesk.approve(
                approvals
                        .pending(FourEyesAction.ALLOCATION, Long.toString(allocation))
                        .orElseThrow()
                        .id(),
                OptionalLong.empty(),
                approver);
        long instruction =
                transfers.prepare(code, "IOM", new BigDecimal("10.00"), officer).id();
        approvalDesk.approve(
                approvals
                        .pending(FourEyesAction.TRANSFER_INSTRUCTION, Long.toString(instruction))
                        .orElseThrow()
                        .id(),
                OptionalLong.empty(),
                approver);
        return instruction;
    }

    @Test
    void aTransferThatWouldTakeCashBelowZeroIsRefusedAndTheSameTransferGoesThroughWithTheCash() throws Exception {
        long instruction = approvedInstruction();
        AuthenticatedUser finance = user("finance");
        LocalDate today = LocalDate.now();
        BigDecimal before = cash();
        assertThat(before).isGreaterThan(new BigDecimal("10.00"));

        transaction.begin();
        try {
            Money drain = Money.usd(before.subtract(new BigDecimal("5.00")).toPlainString());
            ledger.post(
                    new JournalEntryDraft(
                            today,
                            EntryKind.DIRECT_COST,
                            "Cash brought down to USD 5.00 for the test (rolled back)",
                            "it-cash:" + UUID.randomUUID(),
                            List.of(
                                    PostingLine.debit(LedgerAccounts.DIRECT_COSTS, drain),
                                    PostingLine.credit(LedgerAccounts.CASH_WITH_AA, drain))),
                    "it");
            assertThat(cash()).isEqualTo(new BigDecimal("5.00"));

            assertThatThrownBy(() -> transfers.execute(instruction, today, OptionalLong.empty(), finance))
                    .isInstanceOf(DomainRuleViolation.class)
                    .hasMessageContaining("the Administrative Agent holds USD 5.00")
                    .hasMessageContaining("a transfer of USD 10.00 would take cash below zero")
                    .extracting(e -> ((DomainRuleViolation) e).rule())
                    .isEqualTo("insufficient-cash");
        } finally {
            transaction.rollback();
        }

        assertThat(cash()).isEqualTo(before);
        assertThat(transferRegister.transfer(instruction, finance).status()).isEqualTo(TransferStatus.APPROVED);
        assertThat(transfers
                        .execute(instruction, today, OptionalLong.empty(), finance)
                        .status())
                .isEqualTo(TransferStatus.EXECUTED);
        assertThat(cash()).isEqualTo(before.subtract(new BigDecimal("10.00")));
    }
}

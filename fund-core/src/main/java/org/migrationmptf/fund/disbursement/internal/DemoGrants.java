package org.migrationmptf.fund.disbursement.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.approval.api.ApprovalDesk;
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.disbursement.api.AllocationDesk;
import org.migrationmptf.fund.disbursement.api.AllocationRequest;
import org.migrationmptf.fund.disbursement.api.AllocationView;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.platform.DemoFiles;
import org.migrationmptf.fund.platform.StartupOrder;
import org.migrationmptf.fund.programme.api.DecisionDesk;
import org.migrationmptf.fund.programme.api.DecisionProcedure;
import org.migrationmptf.fund.programme.api.DecisionType;
import org.migrationmptf.fund.programme.api.Geography;
import org.migrationmptf.fund.programme.api.NewDecision;
import org.migrationmptf.fund.programme.api.NewProgramme;
import org.migrationmptf.fund.programme.api.ProgrammeDesk;
import org.migrationmptf.fund.programme.api.ProgrammeRegister;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * DEMO DATA ONLY. Registers the demo fund's joint programmes ({@code db/demo/programmes.csv}) and
 * takes each to its status through the same services the secretariat uses: the officer records the
 * Steering Committee's decisions, registers the programme and prepares its allocations; the approver
 * approves them in the approval mechanism. Runs once, on a database with no programme yet.
 */
@ApplicationScoped
class DemoGrants {

    private static final Logger LOG = Logger.getLogger(DemoGrants.class.getName());

    /** The order a programme moves in to reach each demo status (after APPROVED and its allocations). */
    private static final Map<ProgrammeStatus, List<ProgrammeStatus>> PATH = Map.of(
            ProgrammeStatus.APPROVED, List.of(),
            ProgrammeStatus.ACTIVE, List.of(ProgrammeStatus.ACTIVE),
            ProgrammeStatus.SUSPENDED, List.of(ProgrammeStatus.ACTIVE, ProgrammeStatus.SUSPENDED),
            ProgrammeStatus.OPERATIONALLY_CLOSED,
                    List.of(ProgrammeStatus.ACTIVE, ProgrammeStatus.OPERATIONALLY_CLOSED));

    @Inject
    @ConfigProperty(name = "fund.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    ProgrammeDesk programmes;

    @Inject
    ProgrammeRegister register;

    @Inject
    DecisionDesk decisions;

    @Inject
    AllocationDesk allocations;

    @Inject
    Approvals approvals;

    @Inject
    ApprovalDesk approvalDesk;

    @Inject
    Authenticator accounts;

    private AuthenticatedUser demoUser(String username) {
        return accounts.currentUser(username)
                .orElseThrow(() -> new IllegalStateException("demo account " + username + " is missing"));
    }

    void register(@Observes @Priority(StartupOrder.DEMO_GRANTS) @Initialized(ApplicationScoped.class) Object start) {
        if (!demoData) {
            return;
        }
        AuthenticatedUser officer = demoUser("officer");
        AuthenticatedUser approver = demoUser("approver");
        if (register.programmes(java.util.Optional.empty(), PageRequest.first(1), officer)
                        .total()
                > 0) {
            return;
        }
        int count = 0;
        int allocated = 0;
        for (String[] row : DemoFiles.csv("/db/demo/programmes.csv")) {
            String code = row[0];
            ProgrammeStatus target = ProgrammeStatus.valueOf(row[5]);
            programmes.register(
                    new NewProgramme(
                            code,
                            row[1],
                            Geography.valueOf(row[2]),
                            row[3].isBlank() ? List.of() : Arrays.asList(row[3].split(";")),
                            row[4],
                            row[9].split(":")[0],
                            LocalDate.parse(row[6]),
                            LocalDate.parse(row[7]),
                            budget(row[9]),
                            Map.of()),
                    officer);
            count++;
            if (target == ProgrammeStatus.PIPELINE) {
                continue;
            }
            LocalDate decidedOn = LocalDate.parse(row[8]);
            String number = "SC-" + code.substring(code.indexOf('-') + 1);
            decisions.record(
                    new NewDecision(
                            number,
                            decidedOn,
                            DecisionProcedure.MEETING,
                            DecisionType.APPROVE_PROGRAMME,
                            "Approves joint programme " + code + ": " + row[1]),
                    officer);
            programmes.changeStatus(code, ProgrammeStatus.APPROVED, number, OptionalLong.empty(), officer);
            if (!row[10].isBlank()) {
                String allocate = number + "-A";
                decisions.record(
                        new NewDecision(
                                allocate,
                                decidedOn,
                                DecisionProcedure.MEETING,
                                DecisionType.ALLOCATE,
                                "Allocates to joint programme " + code + " (" + row[10].replace(';', ',') + " USD)"),
                        officer);
                for (String part : row[10].split(";")) {
                    String[] puno = part.split(":");
                    AllocationView prepared = allocations.prepare(
                            new AllocationRequest(code, puno[0], null, new BigDecimal(puno[1]), allocate), officer);
                    long approval = approvals
                            .pending(FourEyesAction.ALLOCATION, Long.toString(prepared.id()))
                            .orElseThrow()
                            .id();
                    approvalDesk.approve(approval, OptionalLong.empty(), approver);
                    allocated++;
                }
            }
            for (ProgrammeStatus next : PATH.get(target)) {
                programmes.changeStatus(code, next, null, OptionalLong.empty(), officer);
            }
        }
        int programmesRegistered = count;
        int allocationsApproved = allocated;
        LOG.info(() -> "Demo fund: " + programmesRegistered + " joint programmes and " + allocationsApproved
                + " allocations, through the programme and allocation desks");
    }

    private static List<NewProgramme.BudgetLine> budget(String lines) {
        List<NewProgramme.BudgetLine> budget = new ArrayList<>();
        for (String line : lines.split(";")) {
            String[] p = line.split(":");
            budget.add(new NewProgramme.BudgetLine(p[0], p[1], Integer.valueOf(p[2]), new BigDecimal(p[3])));
        }
        return budget;
    }
}

package org.migrationmptf.fund.disbursement.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.migrationmptf.fund.disbursement.api.ExpenditureDesk;
import org.migrationmptf.fund.disbursement.api.ExpenditureKind;
import org.migrationmptf.fund.disbursement.api.ExpenditureLine;
import org.migrationmptf.fund.disbursement.api.PunoReturnDesk;
import org.migrationmptf.fund.disbursement.api.TransferDesk;
import org.migrationmptf.fund.disbursement.api.TransferView;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.platform.DemoFiles;
import org.migrationmptf.fund.platform.StartupOrder;
import org.migrationmptf.fund.programme.api.ConceptNoteStatus;
import org.migrationmptf.fund.programme.api.ConceptNoteView;
import org.migrationmptf.fund.programme.api.ConceptNotes;
import org.migrationmptf.fund.programme.api.DecisionDesk;
import org.migrationmptf.fund.programme.api.DecisionProcedure;
import org.migrationmptf.fund.programme.api.DecisionType;
import org.migrationmptf.fund.programme.api.Geography;
import org.migrationmptf.fund.programme.api.NewConceptNote;
import org.migrationmptf.fund.programme.api.NewDecision;
import org.migrationmptf.fund.programme.api.NewProgramme;
import org.migrationmptf.fund.programme.api.ProgrammeDesk;
import org.migrationmptf.fund.programme.api.ProgrammeRegister;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * DEMO DATA ONLY. Registers the demo fund's joint programmes ({@code db/demo/programmes.csv}) and
 * takes each to its status through the same services the secretariat uses: the officer records the
 * Steering Committee's decisions, registers the programme and prepares its allocations and tranches;
 * the approver approves them in the approval mechanism; finance executes the transfers; each PUNO's
 * reporter reports expenditure; one programme ({@link #CLOSED}) is refunded and financially closed.
 * Runs once, on a database with no programme yet.
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
    ConceptNotes conceptNotes;

    @Inject
    AllocationDesk allocations;

    @Inject
    Approvals approvals;

    @Inject
    ApprovalDesk approvalDesk;

    @Inject
    Authenticator accounts;

    @Inject
    TransferDesk transferDesk;

    @Inject
    ExpenditureDesk expenditure;

    @Inject
    PunoReturnDesk refunds;

    /**
     * The demo concept notes (db/demo/concept-notes.csv) in every status, screened and decided as
     * the secretariat would; the codes of the programmes registered from shortlisted ones, with the note.
     */
    private Map<String, Long> recordConceptNotes(AuthenticatedUser officer) {
        Map<String, Long> programmed = new java.util.HashMap<>();
        for (String[] row : DemoFiles.csv("/db/demo/concept-notes.csv")) {
            ConceptNoteView note = conceptNotes.record(
                    new NewConceptNote(
                            row[0],
                            row[1],
                            row[2],
                            Arrays.asList(row[3].split(";")),
                            Arrays.asList(row[4].split(";")),
                            new BigDecimal(row[5]),
                            Arrays.asList(row[6].split(";")),
                            Arrays.stream(row[7].split(";"))
                                    .map(Integer::valueOf)
                                    .toList(),
                            Arrays.asList(row[8].split(";")),
                            LocalDate.parse(row[9])),
                    officer);
            ConceptNoteStatus target = ConceptNoteStatus.valueOf(row[10]);
            String reason = row[11].isBlank() ? null : row[11];
            if (target == ConceptNoteStatus.SCREENED || target == ConceptNoteStatus.SHORTLISTED) {
                conceptNotes.decide(
                        note.id(),
                        ConceptNoteStatus.SCREENED,
                        target == ConceptNoteStatus.SCREENED ? reason : null,
                        OptionalLong.empty(),
                        officer);
            }
            if (target == ConceptNoteStatus.SHORTLISTED || target == ConceptNoteStatus.REJECTED) {
                conceptNotes.decide(note.id(), target, reason, OptionalLong.empty(), officer);
            }
            if (!row[12].isBlank()) {
                programmed.put(row[12], note.id());
            }
        }
        return programmed;
    }

    /** The demo programme taken to financial closure: final reports in, the unspent balance refunded. */
    static final String CLOSED = "MMPTF-KEN-2023-01";

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
        AuthenticatedUser finance = demoUser("finance");
        Map<String, Long> fromNotes = recordConceptNotes(officer);
        int count = 0;
        int allocated = 0;
        int transfers = 0;
        int reports = 0;
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
                            Map.of(),
                            Arrays.stream(row[11].split(";"))
                                    .map(Integer::valueOf)
                                    .toList(),
                            Arrays.asList(row[12].split(";")),
                            row[13],
                            row[14],
                            fromNotes.get(code)),
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
            LocalDate startsOn = LocalDate.parse(row[6]);
            LocalDate endsOn = LocalDate.parse(row[7]);
            boolean running = target != ProgrammeStatus.APPROVED;
            List<String[]> parts = row[10].isBlank()
                    ? List.of()
                    : Arrays.stream(row[10].split(";")).map(p -> p.split(":")).toList();
            boolean secondTranche = target == ProgrammeStatus.OPERATIONALLY_CLOSED
                    || (target == ProgrammeStatus.ACTIVE && startsOn.getYear() <= 2024);
            for (String[] part : running ? parts : List.<String[]>of()) {
                BigDecimal allocatedUsd = new BigDecimal(part[1]);
                BigDecimal first = allocatedUsd.multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_EVEN);
                transfer(code, part[0], first, startsOn.plusDays(20), officer, approver, finance);
                transfers++;
                // the first year's report: 75 % of the first tranche spent
                BigDecimal spent = first.multiply(new BigDecimal("0.75")).setScale(2, RoundingMode.HALF_EVEN);
                report(code, part[0], ExpenditureKind.ANNUAL, startsOn.getYear(), spent);
                reports++;
                if (secondTranche) {
                    transfer(
                            code,
                            part[0],
                            allocatedUsd.subtract(first),
                            startsOn.plusDays(380),
                            officer,
                            approver,
                            finance);
                    transfers++;
                }
                if (target == ProgrammeStatus.OPERATIONALLY_CLOSED && !code.startsWith("MMPTF-ZAF")) {
                    // the final report of the last year: all but 1,234.56 (refunded below) or 100.00 spent
                    BigDecimal left = code.equals(CLOSED) ? new BigDecimal("1234.56") : new BigDecimal("100.00");
                    report(
                            code,
                            part[0],
                            ExpenditureKind.FINAL,
                            endsOn.getYear(),
                            allocatedUsd.subtract(spent).subtract(left));
                    reports++;
                    if (code.equals(CLOSED)) {
                        refunds.record(
                                code,
                                part[0],
                                left,
                                endsOn.plusDays(60),
                                "DEMO-REF-" + part[0] + "-" + code.substring(6),
                                finance);
                    }
                }
            }
            for (ProgrammeStatus next : PATH.get(target)) {
                programmes.changeStatus(code, next, null, OptionalLong.empty(), officer);
            }
            if (code.equals(CLOSED)) {
                programmes.changeStatus(code, ProgrammeStatus.FINANCIALLY_CLOSED, null, OptionalLong.empty(), officer);
            }
        }
        String summary = count + " joint programmes, " + allocated + " allocations, " + transfers + " transfers and "
                + reports + " expenditure reports";
        LOG.info(() -> "Demo fund: " + summary + ", through the grant desks");
    }

    /** A tranche prepared by the officer, approved by the approver and executed by finance. */
    private void transfer(
            String code,
            String puno,
            BigDecimal usd,
            LocalDate on,
            AuthenticatedUser officer,
            AuthenticatedUser approver,
            AuthenticatedUser finance) {
        TransferView instruction = transferDesk.prepare(code, puno, usd, officer);
        long approval = approvals
                .pending(FourEyesAction.TRANSFER_INSTRUCTION, Long.toString(instruction.id()))
                .orElseThrow()
                .id();
        approvalDesk.approve(approval, OptionalLong.empty(), approver);
        transferDesk.execute(instruction.id(), on, OptionalLong.empty(), finance);
    }

    /** A year's expenditure as the PUNO's reporter states it: staff costs and the 7 % ISC on them. */
    private void report(String code, String puno, ExpenditureKind kind, int year, BigDecimal total) {
        BigDecimal direct = total.divide(new BigDecimal("1.07"), 2, RoundingMode.DOWN);
        BigDecimal isc = total.subtract(direct);
        if (isc.compareTo(direct.multiply(new BigDecimal("0.07")).setScale(2, RoundingMode.DOWN)) > 0) {
            direct = direct.add(new BigDecimal("0.01"));
            isc = total.subtract(direct);
        }
        expenditure.submit(
                code,
                kind,
                List.of(new ExpenditureLine("demo", year, "1", direct), new ExpenditureLine("demo", year, "ISC", isc)),
                demoUser(puno.toLowerCase(java.util.Locale.ROOT) + ".reporter"));
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

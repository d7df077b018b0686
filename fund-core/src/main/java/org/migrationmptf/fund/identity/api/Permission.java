package org.migrationmptf.fund.identity.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every state-changing action of the fund, the roles that may perform it, and the name of the event
 * it leaves on the audit trail. This table is the one statement of who may do what (design.md
 * invariant 14): the application services check it whatever the path (API, page, start-up job),
 * and the REST annotations and page constraints repeat it only as a second line.
 *
 * <p>A <em>financial</em> permission changes money, registers or the ledger: the auditor and the
 * administrator hold none of them, which {@code PermissionTest} states as a rule.
 */
public enum Permission {
    REGISTER_CONTRIBUTOR("CONTRIBUTOR_REGISTERED", true, Role.AA_FINANCE),
    RENAME_CONTRIBUTOR("CONTRIBUTOR_RENAMED", true, Role.AA_FINANCE),
    REGISTER_AGREEMENT("AGREEMENT_REGISTERED", true, Role.AA_FINANCE),
    AMEND_AGREEMENT("AGREEMENT_AMENDED", true, Role.AA_FINANCE),
    RECORD_DEPOSIT("DEPOSIT_RECORDED", true, Role.AA_FINANCE),
    /** The checker's side of a deposit: approving its posting. */
    VERIFY_DEPOSIT("DEPOSIT_VERIFIED", true, Role.AA_FINANCE),
    REJECT_DEPOSIT("DEPOSIT_REJECTED", true, Role.AA_FINANCE),
    IMPORT_RATES("RATES_IMPORTED", true, Role.AA_FINANCE),
    POST_INTEREST("INTEREST_POSTED", true, Role.AA_FINANCE),
    POST_BANK_CHARGE("BANK_CHARGE_POSTED", true, Role.AA_FINANCE),
    REVERSE_ENTRY("ENTRY_REVERSED", true, Role.AA_FINANCE),
    /** The maker's side of a period close. */
    PREPARE_PERIOD_CLOSE("PERIOD_CLOSE_PREPARED", true, Role.AA_FINANCE),
    APPROVE_PERIOD_CLOSE("PERIOD_CLOSED", true, Role.AA_FINANCE),
    REJECT_PERIOD_CLOSE("PERIOD_CLOSE_REJECTED", true, Role.AA_FINANCE),
    CREATE_ACCOUNT("ACCOUNT_CREATED", false, Role.ADMIN),
    DISABLE_ACCOUNT("ACCOUNT_DISABLED", false, Role.ADMIN),
    ENABLE_ACCOUNT("ACCOUNT_ENABLED", false, Role.ADMIN),
    ASSIGN_ROLE("ROLE_ASSIGNED", false, Role.ADMIN),
    RESET_PASSWORD("PASSWORD_RESET", false, Role.ADMIN),
    /** Every signed-in user changes their own password. */
    CHANGE_OWN_PASSWORD("PASSWORD_CHANGED", false, Role.values()),
    /** The Fund Management Unit records the Steering Committee's decisions, which allocations cite. */
    RECORD_DECISION("DECISION_RECORDED", true, Role.FUND_OFFICER),
    /** The secretariat records a concept note as a UN country team or network submitted it. */
    RECORD_CONCEPT_NOTE("CONCEPT_NOTE_RECORDED", true, Role.FUND_OFFICER),
    /** The secretariat screens a note, records its shortlisting by the Steering Committee, or rejects it. */
    DECIDE_CONCEPT_NOTE("CONCEPT_NOTE_DECIDED", true, Role.FUND_OFFICER),
    /** The secretariat registers a joint programme in the pipeline, with its budget. */
    REGISTER_PROGRAMME("PROGRAMME_REGISTERED", true, Role.FUND_OFFICER),
    /** The secretariat moves a programme along its status graph. */
    CHANGE_PROGRAMME_STATUS("PROGRAMME_STATUS_CHANGED", true, Role.FUND_OFFICER),
    /** The secretariat moves a programme's end date later, citing a no-cost extension decision. */
    EXTEND_PROGRAMME("PROGRAMME_EXTENDED", true, Role.FUND_OFFICER),
    /** The maker's side of an allocation: the secretariat prepares it, citing a decision. */
    PREPARE_ALLOCATION("ALLOCATION_PREPARED", true, Role.FUND_OFFICER),
    /** The checker's side: a different user approves it, and the money is no longer available. */
    APPROVE_ALLOCATION("ALLOCATION_APPROVED", true, Role.FUND_APPROVER),
    REJECT_ALLOCATION("ALLOCATION_REJECTED", true, Role.FUND_APPROVER),
    /** The maker's side of a transfer instruction (a tranche of an allocation to a PUNO). */
    PREPARE_TRANSFER_INSTRUCTION("TRANSFER_INSTRUCTION_PREPARED", true, Role.FUND_OFFICER),
    APPROVE_TRANSFER_INSTRUCTION("TRANSFER_INSTRUCTION_APPROVED", true, Role.FUND_APPROVER),
    REJECT_TRANSFER_INSTRUCTION("TRANSFER_INSTRUCTION_REJECTED", true, Role.FUND_APPROVER),
    /** The Administrative Agent executes an approved instruction: the transfer posts. */
    EXECUTE_TRANSFER("TRANSFER_EXECUTED", true, Role.AA_FINANCE),
    /** A PUNO's reporter reports its organization's expenditure (its own organization only). */
    SUBMIT_EXPENDITURE("EXPENDITURE_REPORTED", true, Role.PUNO_REPORTER),
    /** The Administrative Agent records a PUNO's refund of an unspent balance: it posts. */
    RECORD_REFUND("REFUND_RECORDED", true, Role.AA_FINANCE),
    /** The Administrative Agent records interest a PUNO earned on the fund's money and passed back: it posts. */
    RECORD_PUNO_INTEREST("PUNO_INTEREST_RECORDED", true, Role.AA_FINANCE),
    /** The maker's side of a direct cost the Steering Committee approved. */
    PREPARE_DIRECT_COST("DIRECT_COST_PREPARED", true, Role.FUND_OFFICER),
    /** The checker's side: a fund approver approves it and it posts. */
    APPROVE_DIRECT_COST("DIRECT_COST_APPROVED", true, Role.FUND_APPROVER),
    REJECT_DIRECT_COST("DIRECT_COST_REJECTED", true, Role.FUND_APPROVER);

    private final String event;
    private final boolean financial;
    private final Set<Role> roles;

    Permission(String event, boolean financial, Role... roles) {
        this.event = event;
        this.financial = financial;
        this.roles = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(roles)));
    }

    /** The audit trail's name for the action done (past tense), e.g. {@code DEPOSIT_RECORDED}. */
    public String event() {
        return event;
    }

    /** Whether the action changes money, a register or the ledger. */
    public boolean isFinancial() {
        return financial;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    /** For example "record deposit". */
    public String describe() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** For example "AA_FINANCE". */
    public String rolesText() {
        return roles.size() == Role.values().length
                ? "every signed-in user"
                : roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}

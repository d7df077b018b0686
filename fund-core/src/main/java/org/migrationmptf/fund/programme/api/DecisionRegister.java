package org.migrationmptf.fund.programme.api;

import java.util.Set;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** The decision register: the Steering Committee's decisions, latest first. */
public interface DecisionRegister {

    /** Who reads the register: the secretariat, the Administrative Agent and auditors (the staff pages). */
    Set<Role> READERS =
            Set.of(Role.FUND_OFFICER, Role.FUND_APPROVER, Role.AA_FINANCE, Role.PUNO_REPORTER, Role.AUDITOR);

    /** Sort keys of {@link #decisions}: {@code decidedOn} (default, latest first) and {@code number}. */
    Set<String> SORTS = Set.of("decidedOn", "number");

    Page<DecisionView> decisions(PageRequest page, AuthenticatedUser viewer);

    /** @throws org.migrationmptf.fund.shared.NotFound when there is none, or the viewer may not read the register */
    DecisionView decision(String number, AuthenticatedUser viewer);
}

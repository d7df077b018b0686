package org.migrationmptf.fund.disbursement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.migrationmptf.fund.programme.api.ProgrammeRegister;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/** The programmes money may go to: approved or active, and only to one of their PUNOs. */
@ApplicationScoped
class FundablePrograms {

    /** Programme statuses that receive allocations and transfers. */
    static final List<ProgrammeStatus> FUNDABLE = List.of(ProgrammeStatus.APPROVED, ProgrammeStatus.ACTIVE);

    @Inject
    ProgrammeRegister programmes;

    /**
     * @throws DomainRuleViolation {@code unknown-programme}, {@code programme-not-approved}
     */
    ProgrammeView fundable(String code, String what) {
        ProgrammeView programme = programmes
                .find(code)
                .orElseThrow(() -> new DomainRuleViolation("unknown-programme", "there is no programme " + code));
        if (!FUNDABLE.contains(programme.status())) {
            throw new DomainRuleViolation(
                    "programme-not-approved",
                    "programme " + code + " is " + programme.status() + ": only an APPROVED or ACTIVE programme"
                            + " receives " + what);
        }
        return programme;
    }

    /** @throws DomainRuleViolation {@code not-a-puno-of-programme} */
    static ProgrammeView.PunoBudget partOf(ProgrammeView programme, String puno) {
        return programme
                .budgetOf(puno)
                .orElseThrow(() -> new DomainRuleViolation(
                        "not-a-puno-of-programme",
                        puno + " has no part of programme " + programme.code() + "'s budget"));
    }
}

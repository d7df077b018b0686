package org.migrationmptf.fund.identity.api;

/**
 * The roles of the fund's users (see design.md, "Who uses it"). The names are the security roles of
 * the web application; keep them in step with {@code user_role.ck_user_role_name}.
 */
public enum Role {
    /** A donor state's user, bound to one contributor: sees only that contributor's data. */
    CONTRIBUTOR,
    /** Fund secretariat officer: prepares (maker). */
    FUND_OFFICER,
    /** Secretariat approver: approves what another officer prepared (checker). */
    FUND_APPROVER,
    /** Administrative Agent finance: deposits, rates, transfers, period close. */
    AA_FINANCE,
    /** Reporter of one Participating UN Organization. */
    PUNO_REPORTER,
    /** Reads everything, changes nothing. */
    AUDITOR,
    /** Manages users; holds no financial write rights. */
    ADMIN;

    /** Role names for {@code @RolesAllowed}; constants so annotations can use them. */
    public static final class Names {
        public static final String CONTRIBUTOR = "CONTRIBUTOR";
        public static final String FUND_OFFICER = "FUND_OFFICER";
        public static final String FUND_APPROVER = "FUND_APPROVER";
        public static final String AA_FINANCE = "AA_FINANCE";
        public static final String PUNO_REPORTER = "PUNO_REPORTER";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}

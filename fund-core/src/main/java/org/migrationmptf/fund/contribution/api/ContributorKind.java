package org.migrationmptf.fund.contribution.api;

/** What kind of donor a contributor is. Keep in step with {@code ck_contributor_kind}. */
public enum ContributorKind {
    /** A UN member state: its code is its ISO 3166 alpha-3 code. */
    MEMBER_STATE,
    INTERGOVERNMENTAL,
    PRIVATE,
    OTHER
}

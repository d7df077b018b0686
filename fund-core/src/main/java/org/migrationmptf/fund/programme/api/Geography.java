package org.migrationmptf.fund.programme.api;

/** The reach of a joint programme; keep in step with {@code ck_joint_programme_geography}. */
public enum Geography {
    NATIONAL,
    REGIONAL,
    GLOBAL
}

package org.migrationmptf.fund.audit.api;

/**
 * Whether a report's figures may still change: INTERIM while a month through its as-of date is open,
 * CERTIFIED once every one of them was closed and approved. Keep in step with {@code
 * ck_report_register_standing}.
 */
public enum ReportStanding {
    INTERIM,
    CERTIFIED
}

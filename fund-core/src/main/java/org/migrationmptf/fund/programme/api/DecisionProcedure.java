package org.migrationmptf.fund.programme.api;

/** How the Steering Committee decided: at a meeting, or by written procedure (no-objection). */
public enum DecisionProcedure {
    MEETING,
    WRITTEN_PROCEDURE
}

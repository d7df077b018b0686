package org.migrationmptf.fund.programme.api;

/** What a Steering Committee decision decides; allocations and direct costs cite one of its kind. */
public enum DecisionType {
    APPROVE_PROGRAMME,
    ALLOCATE,
    TOP_UP,
    NO_COST_EXTENSION,
    DIRECT_COST,
    CLOSE
}

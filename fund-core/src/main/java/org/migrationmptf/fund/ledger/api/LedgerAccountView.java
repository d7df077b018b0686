package org.migrationmptf.fund.ledger.api;

/** An account of the chart: its code, name, kind (ASSET, REVENUE, ...) and normal balance side. */
public record LedgerAccountView(String code, String name, String kind, String normalBalance) {}

package org.migrationmptf.fund.reference.api;

/**
 * A UN (UNDG harmonized) budget category: 1-7, or ISC for indirect support costs, which is not a
 * direct cost; in the published order.
 */
public record BudgetCategoryView(String code, String name, boolean directCost) {}

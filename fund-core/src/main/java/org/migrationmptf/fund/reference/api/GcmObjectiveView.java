package org.migrationmptf.fund.reference.api;

/** One of the 23 objectives of the Global Compact for Migration. */
public record GcmObjectiveView(int number, String title) {}

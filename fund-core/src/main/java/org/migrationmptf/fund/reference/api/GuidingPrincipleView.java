package org.migrationmptf.fund.reference.api;

/** One of the Global Compact's ten guiding principles, e.g. {@code PEOPLE_CENTRED}. */
public record GuidingPrincipleView(String code, String name) {}

package org.migrationmptf.fund.contribution.api;

/**
 * A contributor to register: its code (a member state's ISO 3166 alpha-3 code), kind, the name the
 * fund publishes, and for others than member states optionally the country it is based in.
 */
public record NewContributor(String code, ContributorKind kind, String name, String countryIso3) {}

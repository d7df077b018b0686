package org.migrationmptf.fund.reference.api;

/** One code of a policy-marker scale: the scheme ({@code GENDER}, {@code HUMAN_RIGHTS}), the code and its meaning. */
public record PolicyMarkerView(String scheme, String code, String label) {

    public static final String GENDER = "GENDER";

    public static final String HUMAN_RIGHTS = "HUMAN_RIGHTS";
}

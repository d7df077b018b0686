package org.migrationmptf.fund.contribution.api;

/**
 * How a contribution is earmarked: not at all, to a thematic area (code of the thematic area) or to
 * a fund window. Keep in step with {@code ck_contribution_agreement_earmark}.
 */
public record Earmark(Kind kind, String code) {

    public enum Kind {
        UNEARMARKED,
        THEMATIC_AREA,
        WINDOW
    }

    public static final Earmark NONE = new Earmark(Kind.UNEARMARKED, null);

    public Earmark {
        if (kind == null) {
            throw new IllegalArgumentException("an earmark kind is required");
        }
        if ((kind == Kind.UNEARMARKED) != (code == null || code.isBlank())) {
            throw new IllegalArgumentException(
                    "a thematic area or window earmark names its code; unearmarked has none");
        }
        code = kind == Kind.UNEARMARKED ? null : code;
    }

    /** As journal lines keep it, e.g. {@code THEMATIC_AREA:TA2} or {@code UNEARMARKED}. */
    public String label() {
        return code == null ? kind.name() : kind.name() + ":" + code;
    }
}

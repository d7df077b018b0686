package org.migrationmptf.fund.shared;

import java.util.List;

/**
 * The rules for free text a user gives (a reason, a reference, a name): trimmed, at most a stated
 * length, and free of control characters (a NUL, an escape, a line break smuggled into a one-line
 * field), which are refused rather than stripped so nothing is stored that the user did not see.
 */
public final class Text {

    private Text() {}

    /** The trimmed text; refused when blank, too long or holding a control character. */
    public static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw invalid(field, "must not be blank");
        }
        return text;
    }

    /** The trimmed text, or null when none was given; refused when too long or holding a control character. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw invalid(
                        field,
                        "must not contain control characters (found U+" + String.format("%04X", (int) c)
                                + " at position " + (i + 1) + ")");
            }
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw invalid(field, "use at most " + maxLength + " characters");
        }
        return text;
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput(
                "the request's " + field + " is not valid", List.of(new InvalidInput.Issue(field, message)));
    }
}

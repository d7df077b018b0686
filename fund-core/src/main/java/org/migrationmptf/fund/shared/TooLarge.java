package org.migrationmptf.fund.shared;

/**
 * A request bigger than the fund accepts: a body over its size limit, or a list with more entries
 * than allowed (an agreement with more than 120 instalments). The API answers 413 naming the field;
 * nothing was kept.
 */
public class TooLarge extends RuntimeException {

    private final String field;

    public TooLarge(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package org.migrationmptf.fund.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The dates the fund's records may carry: every date a request brings (path, query, body, CSV) must
 * lie between {@link #earliest()} and {@link #latest()}, or it is refused as input naming the field
 * (HTTP 400). A date outside the range is never stored, shifted or passed to the database, which
 * would mangle a year 0 or fail on a year 10000. The range is configuration ({@code
 * fund.dates.earliest}, {@code fund.dates.latest}); {@link #DEFAULT} covers the fund's whole life.
 */
public record FundCalendar(LocalDate earliest, LocalDate latest) {

    public static final FundCalendar DEFAULT = new FundCalendar(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31));

    public FundCalendar {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (!earliest.isBefore(latest)) {
            throw new IllegalArgumentException("the fund's first date must come before its last");
        }
    }

    /** The date, if it is in range; otherwise an {@link InvalidInput} naming {@code field}. */
    public LocalDate require(String field, LocalDate date) {
        if (date == null) {
            throw new InvalidInput(
                    "the request's " + field + " is missing", List.of(new InvalidInput.Issue(field, "give a date")));
        }
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            throw new InvalidInput(
                    "the request's " + field + " is not valid",
                    List.of(new InvalidInput.Issue(field, outOfRange(date.toString()))));
        }
        return date;
    }

    /** The month, if it is in range; otherwise an {@link InvalidInput} naming {@code field}. */
    public YearMonth require(String field, YearMonth month) {
        if (month == null) {
            throw new InvalidInput(
                    "the request's " + field + " is missing", List.of(new InvalidInput.Issue(field, "give a month")));
        }
        if (month.isBefore(YearMonth.from(earliest)) || month.isAfter(YearMonth.from(latest))) {
            throw new InvalidInput(
                    "the request's " + field + " is not valid",
                    List.of(new InvalidInput.Issue(field, outOfRange(month.toString()))));
        }
        return month;
    }

    /** Whether the date is in range (for line-by-line checks that collect their own issues). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest);
    }

    public String outOfRange(String given) {
        return "must be between " + earliest + " and " + latest + "; " + given + " is not";
    }
}

package org.migrationmptf.fund.web.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * Query parameters every list and report shares: {@code offset}, {@code limit}, {@code sort},
 * {@code order} (asc or desc), and dates; a bad value is a 400 naming the parameter.
 */
final class Lists {

    static final int DEFAULT_LIMIT = 50;

    private Lists() {}

    /** The report language asked for ({@code lang=en|fr|es}), English if none. */
    static java.util.Locale language(String lang) {
        return lang == null || lang.isBlank()
                ? java.util.Locale.ENGLISH
                : org.migrationmptf.fund.web.pages.Languages.supported(lang.strip())
                        .orElseThrow(() -> invalid("lang", "must be en, fr or es"));
    }

    /** The page asked for by the query parameters as sent (text, so a non-number is a 400 naming it). */
    static PageRequest page(String offset, String limit, String sort, String order) {
        int first = offset == null || offset.isBlank() ? 0 : number("offset", offset);
        int size = limit == null || limit.isBlank() ? DEFAULT_LIMIT : number("limit", limit);
        if (first < 0) {
            throw invalid("offset", "must be 0 or more");
        }
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw invalid("limit", "must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw invalid("order", "must be asc or desc");
        }
        return new PageRequest(first, size, sort, "desc".equals(order));
    }

    /** A page of an in-memory list, sorted by one of the named keys. */
    static <T> Page<T> page(List<T> all, PageRequest page, String defaultSort, Map<String, Comparator<T>> sorts) {
        String key = page.sort() == null ? defaultSort : page.sort();
        Comparator<T> comparator = sorts.get(key);
        if (comparator == null) {
            throw invalid("sort", "must be one of " + new java.util.TreeSet<>(sorts.keySet()));
        }
        if (page.descending()) {
            comparator = comparator.reversed();
        }
        List<T> sorted = all.stream().sorted(comparator).toList();
        int from = Math.min(page.offset(), sorted.size());
        int to = Math.min(from + page.limit(), sorted.size());
        return new Page<>(sorted.subList(from, to), sorted.size(), page.offset(), page.limit());
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number; '" + value + "' is not");
        }
    }

    /** A date parameter as sent; its range is the domain's to check (it names the parameter). */
    static LocalDate date(String name, String value, LocalDate defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date such as 2026-06-30; '" + value + "' is not");
        }
    }

    /** A reporting period: {@code from} and {@code to} dates (defaults 1 January of to's year, today), in order. */
    record Period(LocalDate from, LocalDate to) {}

    static Period period(String from, String to, LocalDate today) {
        LocalDate end = date("to", to, today);
        LocalDate start = date("from", from, end.withDayOfYear(1));
        if (start.isAfter(end)) {
            throw invalid("from", "must be on or before to");
        }
        return new Period(start, end);
    }

    static YearMonth month(String name, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw invalid(name, "must be a month such as 2026-06; '" + value + "' is not");
        }
    }

    /** An optional enum-valued parameter, e.g. {@code status=RECORDED}; another value is a 400 naming it. */
    static <E extends Enum<E>> java.util.Optional<E> enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Enum.valueOf(type, value.trim()));
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static InvalidInput invalid(String field, String message) {
        return new InvalidInput(
                "the request's " + field + " is not valid", List.of(new InvalidInput.Issue(field, message)));
    }
}

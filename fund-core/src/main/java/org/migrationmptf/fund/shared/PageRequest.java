package org.migrationmptf.fund.shared;

/**
 * Which slice of a list to return: the first row (0-based), how many rows, and a sort key the list
 * understands, ascending or descending. The limit is capped so no request can ask for everything.
 */
public record PageRequest(int offset, int limit, String sort, boolean descending) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, false);
    }

    /** The sort key if it is one of the allowed ones, else the default. */
    public String sortOr(String defaultKey, java.util.Set<String> allowed) {
        if (sort == null || sort.isBlank()) {
            return defaultKey;
        }
        if (!allowed.contains(sort)) {
            throw new InvalidInput(
                    "the request's sort is not valid",
                    java.util.List.of(
                            new InvalidInput.Issue("sort", "must be one of " + new java.util.TreeSet<>(allowed))));
        }
        return sort;
    }
}

package org.migrationmptf.fund.shared;

import java.util.List;
import java.util.function.Function;

/** One slice of a longer list, with the size of the whole list. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, offset, limit);
    }
}

package org.migrationmptf.fund.shared;

import java.util.List;

/** One slice of a longer list, with the size of the whole list. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}

package org.migrationmptf.fund.shared;

import java.util.List;

/** One slice of a longer list, with the size of the whole list. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Every item of a paged read, a page of {@link PageRequest#MAX_LIMIT} at a time in the read's own
     * order, handed over one by one: for exports and reports that must see a whole register without
     * holding it.
     */
    public static <T> void each(
            java.util.function.Function<PageRequest, Page<T>> read, java.util.function.Consumer<? super T> each) {
        int offset = 0;
        while (true) {
            Page<T> page = read.apply(new PageRequest(offset, PageRequest.MAX_LIMIT, null, false));
            page.items().forEach(each);
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return;
            }
        }
    }
}

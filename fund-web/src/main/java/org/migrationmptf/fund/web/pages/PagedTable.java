package org.migrationmptf.fund.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The one model behind every long table of the pages: each page of rows, and its sort, is read from
 * the database through a domain read ({@code PageRequest} in, {@code Page} out), so a table costs
 * the same few statements whatever the number of rows. A column sorts by its {@code field}, which is
 * the read's sort key.
 */
public class PagedTable<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A domain read of one page; serialisable because the view holding the table may be. */
    public interface Read<T> extends Function<PageRequest, Page<T>>, java.io.Serializable {}

    private final Read<T> read;
    private final Set<String> sortKeys;
    private final String defaultSort;
    private final boolean defaultDescending;
    private transient Page<T> last;

    public PagedTable(Read<T> read, Set<String> sortKeys, String defaultSort, boolean defaultDescending) {
        this.read = read;
        this.sortKeys = Set.copyOf(sortKeys);
        this.defaultSort = defaultSort;
        this.defaultDescending = defaultDescending;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (last == null) {
            last = read.apply(new PageRequest(
                    0, Math.max(1, Math.min(getPageSize(), PageRequest.MAX_LIMIT)), defaultSort, defaultDescending));
        }
        return (int) Math.min(Integer.MAX_VALUE, last.total());
    }

    /** Whether there is any row at all: an empty table offers no sorting (there is nothing to order). */
    public boolean isRowsPresent() {
        return count(Map.of()) > 0;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sort = defaultSort;
        boolean descending = defaultDescending;
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() != SortOrder.UNSORTED && sortKeys.contains(meta.getField())) {
                sort = meta.getField();
                descending = meta.getOrder() == SortOrder.DESCENDING;
                break;
            }
        }
        PageRequest request =
                new PageRequest(first, Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT)), sort, descending);
        if (last == null
                || last.offset() != request.offset()
                || last.limit() != request.limit()
                || !java.util.Objects.equals(sort, defaultSort)
                || descending != defaultDescending) {
            last = read.apply(request);
        }
        setRowCount((int) Math.min(Integer.MAX_VALUE, last.total()));
        List<T> items = last.items();
        last = null;
        return items;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.hashCode());
    }
}

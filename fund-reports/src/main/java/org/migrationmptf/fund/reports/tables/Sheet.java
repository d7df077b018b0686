package org.migrationmptf.fund.reports.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * One table to download: a name (the file's), a title (the sheet's), its columns and its rows. The
 * rows are produced while the file is written, a database page at a time, so a long table never sits
 * in memory whole.
 */
public final class Sheet {

    /** The rows of a sheet, handed to the writer one at a time. */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<List<?>> row);
    }

    /** The most rows a download holds; a longer table is cut with a last line saying so. */
    public static final int MAX_ROWS = 100_000;

    private final String name;
    private final String title;
    private final List<Column> columns;
    private final Rows rows;

    public Sheet(String name, String title, List<Column> columns, Rows rows) {
        if (!name.matches("[a-z0-9][a-z0-9-]{0,80}")) {
            throw new IllegalArgumentException("a sheet's name is lower-case letters, digits and dashes: " + name);
        }
        this.name = name;
        this.title = Objects.requireNonNull(title, "title");
        this.columns = List.copyOf(columns);
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    /** A sheet of rows already at hand (short tables: a trial balance, a dashboard's positions). */
    public static <T> Sheet of(
            String name, String title, List<Column> columns, List<T> items, Function<T, ? extends List<?>> row) {
        return new Sheet(name, title, columns, sink -> items.forEach(item -> sink.accept(row.apply(item))));
    }

    /** A sheet read from the database one page of 500 at a time, in the order the pages give. */
    public static <T> Sheet paged(
            String name,
            String title,
            List<Column> columns,
            Function<PageRequest, Page<T>> fetch,
            String sort,
            boolean descending,
            Function<T, ? extends List<?>> row) {
        return new Sheet(name, title, columns, sink -> {
            int offset = 0;
            while (offset < MAX_ROWS) {
                Page<T> page = fetch.apply(new PageRequest(offset, PageRequest.MAX_LIMIT, sort, descending));
                page.items().forEach(item -> sink.accept(row.apply(item)));
                offset += page.items().size();
                if (page.items().isEmpty() || offset >= page.total()) {
                    return;
                }
            }
        });
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Every row, each checked against the columns (count and cell types). */
    public void forEachRow(Consumer<List<?>> sink) {
        forEachRow(sink, MAX_ROWS);
    }

    /** Every row up to {@code limit} ({@link Integer#MAX_VALUE}: all of them, for evidence files). */
    void forEachRow(Consumer<List<?>> sink, int limit) {
        int[] count = {0};
        rows.forEach(row -> {
            if (count[0]++ >= limit) {
                return;
            }
            sink.accept(checked(row));
        });
    }

    /** The rows as a list: for tests and short sheets. */
    public List<List<?>> rows() {
        List<List<?>> all = new ArrayList<>();
        forEachRow(all::add);
        return all;
    }

    private List<?> checked(List<?> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "sheet " + name + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
        }
        for (int i = 0; i < row.size(); i++) {
            Object value = row.get(i);
            if (value != null && !columns.get(i).kind().accepts(value)) {
                throw new IllegalArgumentException("sheet " + name + ", column "
                        + columns.get(i).header() + ": " + value.getClass().getSimpleName() + " is not a "
                        + columns.get(i).kind());
            }
        }
        return row;
    }
}

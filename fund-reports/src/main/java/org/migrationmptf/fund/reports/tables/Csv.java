package org.migrationmptf.fund.reports.tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a sheet as CSV (RFC 4180, UTF-8, CRLF): a header line, then one line per row. Numbers are
 * plain ({@code 1234567.89}, a point, no grouping, the column's decimals), dates ISO
 * ({@code 2026-06-30}), instants ISO-8601 in UTC. A text cell that a spreadsheet would take for a
 * formula ({@code = + - @}, tab, carriage return first) gets a leading apostrophe, so opening a
 * download never runs anything.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    private Csv() {}

    public static void write(Sheet sheet, OutputStream out) throws IOException {
        write(sheet, out, false);
    }

    /**
     * The sheet as evidence: every row however many, and text exactly as held (no apostrophe before a
     * leading {@code = + - @}), so that a checksum or a re-computation sees the fund's own values.
     */
    public static void writeEvidence(Sheet sheet, OutputStream out) throws IOException {
        write(sheet, out, true);
    }

    private static void write(Sheet sheet, OutputStream out, boolean evidence) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            line(
                    writer,
                    sheet.columns().stream()
                            .map(Column::header)
                            .map(Csv::quoted)
                            .toList());
            sheet.forEachRow(
                    row -> {
                        try {
                            line(writer, cells(sheet.columns(), row, evidence));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    evidence ? Integer.MAX_VALUE : Sheet.MAX_ROWS);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static List<String> cells(List<Column> columns, List<?> row, boolean evidence) {
        String[] cells = new String[row.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = evidence && row.get(i) instanceof String text ? quoted(text) : cell(columns.get(i), row.get(i));
        }
        return List.of(cells);
    }

    static String cell(Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case NUMBER -> Xlsx.scaled(column, (BigDecimal) value).toPlainString();
            case INTEGER -> value.toString();
            case DATE -> ((LocalDate) value).toString();
            case INSTANT -> ((Instant) value).toString();
            case TEXT -> quoted(defused((String) value));
        };
    }

    private static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        writer.write(String.join(",", cells));
        writer.write("\r\n");
    }
}

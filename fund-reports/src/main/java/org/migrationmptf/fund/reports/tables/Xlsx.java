package org.migrationmptf.fund.reports.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a sheet as an Excel workbook (XLSX) with one worksheet: a bold header row kept in view,
 * numbers as numeric cells with the column's decimals and grouping, dates as date cells, so sums in
 * the spreadsheet work and equal the page. Streams rows as they come (fastexcel; see ADR 0008).
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {}

    public static void write(Sheet sheet, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Migration MPTF", "1.0");
        Worksheet worksheet = workbook.newWorksheet(worksheetName(sheet.title()));
        List<Column> columns = sheet.columns();
        for (int c = 0; c < columns.size(); c++) {
            worksheet.value(0, c, columns.get(c).header());
            worksheet.style(0, c).bold().wrapText(true).set();
            worksheet.width(c, columns.get(c).kind() == Column.Kind.TEXT ? 30 : 18);
        }
        worksheet.freezePane(0, 1);
        int[] r = {1};
        sheet.forEachRow(row -> {
            for (int c = 0; c < row.size(); c++) {
                cell(worksheet, r[0], c, columns.get(c), row.get(c));
            }
            r[0]++;
        });
        workbook.finish();
    }

    private static void cell(Worksheet worksheet, int r, int c, Column column, Object value) {
        if (value == null) {
            return;
        }
        switch (column.kind()) {
            case NUMBER -> {
                BigDecimal number = scaled(column, (BigDecimal) value);
                worksheet.value(r, c, number);
                worksheet
                        .style(r, c)
                        .format(numberFormat(Math.max(0, number.scale())))
                        .set();
            }
            case INTEGER -> worksheet.value(r, c, (Number) value);
            case DATE -> {
                worksheet.value(r, c, (LocalDate) value);
                worksheet.style(r, c).format("yyyy-mm-dd").set();
            }
            case INSTANT -> {
                worksheet.value(r, c, ((Instant) value).atOffset(ZoneOffset.UTC).toLocalDateTime());
                worksheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
            }
            case TEXT -> worksheet.value(r, c, (String) value);
        }
    }

    /** The value at its column's decimals (never rounding more than the column says), or as held. */
    static BigDecimal scaled(Column column, BigDecimal value) {
        return column.scale() == Column.AS_HELD ? value : value.setScale(column.scale(), RoundingMode.HALF_EVEN);
    }

    static String numberFormat(int scale) {
        return scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
    }

    /** Excel's rules for a worksheet name: at most 31 characters, none of {@code []:*?/\}. */
    static String worksheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.isEmpty() ? "Sheet" : name.substring(0, Math.min(31, name.length()));
    }
}

package org.migrationmptf.fund.reports.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An uploaded table, CSV or XLSX (the first sheet), as rows of trimmed cell texts with the line
 * number a user sees in the file (the header is line 1), so that an import can name every bad line.
 * Numbers of an XLSX cell come as plain decimals ({@code 1250000.5}), never in scientific notation.
 */
public final class Upload {

    /** One data row and its line in the file. */
    public record Line(int number, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** A file that is neither readable CSV nor XLSX. */
    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final List<String> header;
    private final List<Line> lines;

    private Upload(List<String> header, List<Line> lines) {
        this.header = List.copyOf(header);
        this.lines = List.copyOf(lines);
    }

    /** An XLSX workbook if the bytes are one (a ZIP), else UTF-8 CSV (a BOM is ignored). */
    public static Upload read(byte[] content) {
        if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
            return xlsx(content);
        }
        return csv(new String(content, StandardCharsets.UTF_8));
    }

    public static Upload csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        for (String line : body.split("\r?\n", -1)) {
            rows.add(csvCells(line));
        }
        return of(rows);
    }

    private static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static Upload xlsx(byte[] content) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getFirstSheet();
            List<List<String>> rows = new ArrayList<>();
            try (var stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    while (rows.size() < row.getRowNum() - 1) {
                        rows.add(List.of()); // keep line numbers as the user sees them
                    }
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    rows.add(cells);
                }
            }
            return of(rows);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("the file is neither CSV nor a readable XLSX workbook", e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.getText() == null ? "" : cell.getText().strip();
    }

    private static Upload of(List<List<String>> rows) {
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            lines.add(new Line(i + 1, cells));
        }
        return new Upload(header, lines);
    }

    /** The header's cells, lower-cased. */
    public List<String> header() {
        return header.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    public List<Line> lines() {
        return lines;
    }
}

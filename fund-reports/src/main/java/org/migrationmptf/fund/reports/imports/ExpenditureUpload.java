package org.migrationmptf.fund.reports.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.migrationmptf.fund.disbursement.api.ExpenditureLine;
import org.migrationmptf.fund.reports.tables.Upload;
import org.migrationmptf.fund.shared.InvalidInput;

/**
 * An uploaded expenditure report (CSV or XLSX, as the Gateway's UNEX keeps it in Excel): the columns
 * year, category and amount, found by the header on line 1, in any order. A line that cannot be read
 * is passed on as unreadable, so the report names it with every other bad line.
 */
public final class ExpenditureUpload {

    private ExpenditureUpload() {}

    /**
     * @throws InvalidInput if the file cannot be read at all or its header lacks a column
     */
    public static List<ExpenditureLine> lines(byte[] content) {
        Upload upload;
        try {
            upload = Upload.read(content == null ? new byte[0] : content);
        } catch (Upload.Unreadable e) {
            throw invalid("file", e.getMessage());
        }
        List<String> header = upload.header();
        int year = header.indexOf("year");
        int category = header.indexOf("category");
        int amount = header.indexOf("amount");
        if (year < 0 || category < 0 || amount < 0) {
            throw invalid("line 1", "the first line names the columns: year, category, amount");
        }
        List<ExpenditureLine> lines = new ArrayList<>();
        for (Upload.Line line : upload.lines()) {
            String where = "line " + line.number();
            Integer y;
            BigDecimal a;
            try {
                y = Integer.valueOf(line.cell(year));
            } catch (NumberFormatException e) {
                lines.add(ExpenditureLine.unreadable(where, "'" + line.cell(year) + "' is not a year"));
                continue;
            }
            try {
                a = new BigDecimal(line.cell(amount).replace(",", ""));
            } catch (NumberFormatException e) {
                lines.add(ExpenditureLine.unreadable(where, "'" + line.cell(amount) + "' is not an amount"));
                continue;
            }
            lines.add(new ExpenditureLine(where, y, line.cell(category), a));
        }
        return lines;
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput(field + ": " + message, List.of(new InvalidInput.Issue(field, message)));
    }
}

package org.migrationmptf.fund.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.tables.Csv;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.reports.tables.Xlsx;

/** A report's table as the bytes of its CSV or XLSX file: what every report's table formats go through. */
final class TableFiles {

    private TableFiles() {}

    static byte[] bytes(Sheet sheet, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == ReportFormat.CSV) {
                Csv.write(sheet, out);
            } else {
                Xlsx.write(sheet, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

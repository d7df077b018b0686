package org.migrationmptf.fund.web.pages;

import java.util.Optional;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.tables.Sheet;

/**
 * A page whose tables download: it builds each table's sheet from the same reads that fill the
 * table on screen, with the page's own parameters (contributor, date, filters), so the file and the
 * page show the same figures.
 */
public interface Downloadable {

    /** The sheet of the named table, or empty when the page has no such table. */
    Optional<Sheet> sheet(String table);

    /** The table as a PDF report, for the tables that have one (the trial balance). */
    default Optional<RenderedReport> pdf(String table) {
        return Optional.empty();
    }

    /**
     * The table as a report file in a format (pdf, xlsx, csv) when a report renders it (and enters it
     * in the report register); by default only the PDF, and the sheet gives CSV and XLSX.
     */
    default Optional<RenderedReport> report(String table, String format) {
        return format.equals("pdf") ? pdf(table) : Optional.empty();
    }
}

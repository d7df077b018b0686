/**
 * Downloads of the pages' tables: one {@link org.migrationmptf.fund.reports.tables.Sheet} per table,
 * written as CSV (plain numbers, ISO dates) or XLSX (typed numeric and date cells), so a download
 * holds exactly the figures of the table on screen; and uploads read back as numbered lines
 * ({@link org.migrationmptf.fund.reports.tables.Upload}).
 */
package org.migrationmptf.fund.reports.tables;

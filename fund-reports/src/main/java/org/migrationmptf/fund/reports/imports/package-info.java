/**
 * Imports of uploaded tables into the domains' requests: an expenditure report from CSV or XLSX,
 * every line named by the line number the user sees in the file.
 */
package org.migrationmptf.fund.reports.imports;

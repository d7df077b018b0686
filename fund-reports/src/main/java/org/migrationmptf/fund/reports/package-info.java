/**
 * Reports of the fund: JasperReports templates (compiled at build time) filled from fund-core's
 * {@code api} read models, rendered to PDF. {@code api} is what fund-web uses; {@code internal}
 * holds the template loading and rendering; {@code build} the build-time compiler.
 */
package org.migrationmptf.fund.reports;

package org.migrationmptf.fund.reports.api;

import java.io.OutputStream;
import java.time.LocalDate;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * The evidence an auditor takes away for a period, as one ZIP written as a stream: the period's
 * journal lines, the trial balances at its opening and close, the PUNOs' expenditure position, the
 * Funding Status at its close, the period's audit events and the report register, each a CSV, with a
 * SHA-256 manifest ({@code sha256sum -c MANIFEST.sha256}) and a README saying how to re-derive the
 * figures ({@code scripts/verify-audit-export.py} in the repository does it).
 */
public interface AuditExports {

    String MEDIA_TYPE = "application/zip";

    void export(LocalDate from, LocalDate to, OutputStream out, AuthenticatedUser viewer);
}

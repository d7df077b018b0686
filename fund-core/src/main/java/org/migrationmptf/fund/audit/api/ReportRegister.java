package org.migrationmptf.fund.audit.api;

import java.util.Optional;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * The register of generated reports (design.md, reports): every generation is entered with its
 * SHA-256; the first generation of a certified report keeps its bytes, and that copy is what the
 * fund serves for the same report, parameters and format from then on. Append-only.
 */
public interface ReportRegister {

    /** The kept bytes of a certified report, if it was generated before. */
    Optional<CertifiedCopy> certifiedCopy(String report, String parameters, String format);

    /**
     * Enters a generation in the caller's transaction; a certified generation with no copy yet
     * becomes the copy.
     */
    RegisteredReport record(ReportGeneration generation);

    /** The register, newest first. */
    Page<RegisteredReport> entries(PageRequest page);

    /** A certified report's kept bytes and their SHA-256. */
    record CertifiedCopy(String sha256, byte[] content) {
        public CertifiedCopy {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}

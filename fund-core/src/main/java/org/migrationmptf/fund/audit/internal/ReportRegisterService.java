package org.migrationmptf.fund.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationmptf.fund.audit.api.RegisteredReport;
import org.migrationmptf.fund.audit.api.ReportGeneration;
import org.migrationmptf.fund.audit.api.ReportRegister;
import org.migrationmptf.fund.audit.api.ReportStanding;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** The register in two tables: {@code report_register} (every generation) and {@code report_copy}. */
@ApplicationScoped
class ReportRegisterService implements ReportRegister {

    private static final String COLUMNS =
            "id, report, parameters, format, standing, sha256, byte_count, chain_head," + " generated_by, generated_at";

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CertifiedCopy> certifiedCopy(String report, String parameters, String format) {
        List<?> rows = em.createNativeQuery("SELECT sha256, content FROM report_copy"
                        + " WHERE report = ? AND parameters = ? AND format = ?")
                .setParameter(1, report)
                .setParameter(2, parameters)
                .setParameter(3, format)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new CertifiedCopy(row[0].toString().trim(), bytes(row[1])));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public RegisteredReport record(ReportGeneration g) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] content = g.content();
        em.createNativeQuery("INSERT INTO report_register (report, parameters, format, standing, sha256, byte_count,"
                        + " chain_head, generated_by, generated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, g.report())
                .setParameter(2, g.parameters())
                .setParameter(3, g.format())
                .setParameter(4, g.standing().name())
                .setParameter(5, g.sha256())
                .setParameter(6, content.length)
                .setParameter(7, g.chainHead())
                .setParameter(8, g.generatedBy())
                .setParameter(9, Timestamp.from(at))
                .executeUpdate();
        if (g.standing() == ReportStanding.CERTIFIED
                && certifiedCopy(g.report(), g.parameters(), g.format()).isEmpty()) {
            em.createNativeQuery("INSERT INTO report_copy (report, parameters, format, sha256, content)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, g.report())
                    .setParameter(2, g.parameters())
                    .setParameter(3, g.format())
                    .setParameter(4, g.sha256())
                    .setParameter(5, content)
                    .executeUpdate();
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT " + COLUMNS + " FROM report_register WHERE id ="
                        + " (SELECT MAX(id) FROM report_register WHERE report = ? AND parameters = ? AND format = ?"
                        + " AND sha256 = ?)")
                .setParameter(1, g.report())
                .setParameter(2, g.parameters())
                .setParameter(3, g.format())
                .setParameter(4, g.sha256())
                .getSingleResult();
        return view(row);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RegisteredReport> entries(PageRequest page) {
        List<RegisteredReport> items = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT " + COLUMNS + " FROM report_register ORDER BY id DESC")
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()) {
            items.add(view((Object[]) row));
        }
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM report_register")
                        .getSingleResult())
                .longValue();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private static RegisteredReport view(Object[] c) {
        return new RegisteredReport(
                ((Number) c[0]).longValue(),
                c[1].toString(),
                c[2].toString(),
                c[3].toString(),
                ReportStanding.valueOf(c[4].toString().trim()),
                c[5].toString().trim(),
                ((Number) c[6]).intValue(),
                c[7].toString().trim(),
                c[8].toString(),
                ((Timestamp) c[9]).toInstant());
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        try {
            Blob blob = (Blob) value;
            return blob.getBytes(1, (int) blob.length());
        } catch (SQLException e) {
            throw new IllegalStateException("a certified report's copy could not be read", e);
        }
    }
}

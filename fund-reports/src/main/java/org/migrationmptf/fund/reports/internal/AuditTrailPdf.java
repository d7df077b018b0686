package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.migrationmptf.fund.audit.api.AuditEventView;
import org.migrationmptf.fund.audit.api.AuditQuery;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.audit.api.ChainVerification;
import org.migrationmptf.fund.audit.api.ReportStanding;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.reports.api.AuditTrailReports;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.pdf.PdfRenderer;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** Fills {@code audit-trail.jrxml} from the trail's pages, oldest event first. */
@ApplicationScoped
class AuditTrailPdf implements AuditTrailReports {

    static final String REPORT = "audit-trail";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PdfRenderer renderer = new PdfRenderer();

    @Inject
    AuditTrail audit;

    @Inject
    ReportIssuing issuing;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public RenderedReport pdf(LocalDate from, LocalDate to, Locale locale, AuthenticatedUser viewer) {
        return pdf(from, to, locale, viewer, percent -> {});
    }

    /** The report, telling {@code progress} how far it is: 5 % verified, then by events read, 99 % rendered. */
    @Transactional(Transactional.TxType.REQUIRED)
    public RenderedReport pdf(
            LocalDate from,
            LocalDate to,
            Locale locale,
            AuthenticatedUser viewer,
            java.util.function.IntConsumer progress) {
        if (!viewer.has(Role.AUDITOR)) {
            throw new NotFound("the audit trail report (it is for the auditors)");
        }
        ReportTexts t = new ReportTexts(locale);
        AuditQuery query = AuditQuery.between(from, to);
        long events = audit.events(query, new PageRequest(0, 1, null, false)).total();
        ChainVerification verification = audit.verify();
        progress.accept(5);
        String head = issuing.chainHeadAt(to);
        ReportStanding standing = issuing.standingOn(to);
        String[] heads = t.heads("at.heads");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("FUND_NAME", t.text("fund.name"));
        parameters.put("TITLE", t.text("at.title", from.toString(), to.toString()));
        parameters.put("STANDING", t.text("fs.standing." + standing));
        parameters.put(
                "VERIFICATION",
                verification.intact()
                        ? t.text("at.intact", Long.toString(verification.eventsChecked()))
                        : t.text(
                                "at.broken",
                                String.valueOf(verification.firstBrokenSeq()),
                                verification.problem(),
                                Long.toString(verification.eventsChecked())));
        parameters.put("CHAIN_HEAD", t.text("at.chainHead", to.toString(), head));
        parameters.put(
                "PARAMETERS", t.text("at.parameters", from.toString(), to.toString(), locale.getLanguage(), events));
        for (int i = 0; i < heads.length; i++) {
            parameters.put("H" + (i + 1), heads[i]);
        }
        parameters.put("FOOTER", t.text("at.footer", t.text("fund.name"), from.toString(), to.toString()));
        parameters.put("NO_DATA", t.text("at.noData"));
        parameters.put("REPORT_LOCALE", locale);
        parameters.put("REPORT_RESOURCE_BUNDLE", t.bundle());
        String language = locale.getLanguage();
        String fingerprint = head + ":" + verification.intact() + ":" + verification.eventsChecked() + ":" + events;
        return issuing.issue(
                new ReportIssuing.Issue(
                        REPORT,
                        "from=" + from + ";to=" + to + ";lang=" + language,
                        ReportFormat.PDF,
                        standing,
                        head,
                        REPORT + "-" + from + "-" + to + (language.equals("en") ? "" : "-" + language) + ".pdf",
                        t.text("at.title", from.toString(), to.toString())),
                viewer.username(),
                () -> renderer.render(
                        REPORT, parameters, rows(query, events, progress), ReportIssuing.datedAt(to), fingerprint));
    }

    /** The period's events, oldest first, a page of 500 read when the report reaches it. */
    private Iterator<Map<String, Object>> rows(AuditQuery query, long events, java.util.function.IntConsumer progress) {
        return new Iterator<>() {
            private long read;
            private List<AuditEventView> page = List.of();
            private int index;
            private int offset;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                Page<AuditEventView> next =
                        audit.events(query, new PageRequest(offset, PageRequest.MAX_LIMIT, null, false));
                page = new ArrayList<>(next.items());
                index = 0;
                offset += page.size();
                last = page.isEmpty() || offset >= next.total();
                return !page.isEmpty();
            }

            @Override
            public Map<String, Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                AuditEventView e = page.get(index++);
                if (++read % 100 == 0) {
                    progress.accept((int) (5 + 90 * read / Math.max(1, events)));
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("seq", e.seq());
                row.put("occurredAt", WHEN.format(e.occurredAt().atOffset(ZoneOffset.UTC)));
                row.put("actor", e.actor());
                row.put("action", e.action() + " · " + e.outcome());
                row.put("subject", e.subjectType() + " " + e.subjectId());
                row.put(
                        "detail",
                        e.detail() == null || e.detail().length() <= 240
                                ? e.detail()
                                : e.detail().substring(0, 240) + "…");
                return row;
            }
        };
    }
}

package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.migrationmptf.fund.audit.api.AuditEventView;
import org.migrationmptf.fund.audit.api.AuditQuery;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.audit.api.RegisteredReport;
import org.migrationmptf.fund.audit.api.ReportRegister;
import org.migrationmptf.fund.disbursement.api.ExpenditureRegister;
import org.migrationmptf.fund.disbursement.api.YearExpenditure;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.ledger.api.JournalEntryView;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.reports.api.AuditExports;
import org.migrationmptf.fund.reports.api.FundingStatusReports;
import org.migrationmptf.fund.reports.api.FundingStatusStatement;
import org.migrationmptf.fund.reports.funding.FundingStatus;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Csv;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;

/**
 * Streams the export: each register is read a page of 500 at a time straight into its CSV entry,
 * hashed on the way; the manifest comes last. Entries carry a fixed time, so the same ledger gives
 * the same ZIP.
 */
@ApplicationScoped
class AuditExport implements AuditExports {

    /** 1 January 2000 UTC: the ZIP entries' time, so the archive depends on its content only. */
    private static final long ENTRY_TIME = 946_684_800_000L;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    ReportRegister register;

    @Inject
    ExpenditureRegister expenditure;

    @Inject
    FundingStatusReports fundingStatus;

    @Override
    public void export(LocalDate from, LocalDate to, OutputStream out, AuthenticatedUser viewer) {
        if (!viewer.has(Role.AUDITOR) && !viewer.has(Role.AA_FINANCE)) {
            throw new NotFound("the audit export (it is for auditors and the Administrative Agent's finance staff)");
        }
        AuditQuery.between(from, to); // refuses a period that ends before it starts
        FundingStatusStatement closing = fundingStatus.statement(to);
        TrialBalance opening = ledger.trialBalance(from.minusDays(1));
        TrialBalance closingBalance = ledger.trialBalance(to);
        Map<String, String> manifest = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, manifest, "journal.csv", journal(from, to));
            entry(zip, manifest, "trial-balance-opening.csv", trialBalance(opening, "trial-balance-opening"));
            entry(zip, manifest, "trial-balance-closing.csv", trialBalance(closingBalance, "trial-balance-closing"));
            entry(zip, manifest, "expenditure.csv", expenditure());
            entry(zip, manifest, "funding-status.csv", fundingStatus(closing));
            entry(zip, manifest, "audit-events.csv", events(from, to));
            entry(zip, manifest, "report-register.csv", registerSheet());
            text(zip, manifest, "README.txt", readme(from, to, closing));
            StringBuilder sums = new StringBuilder();
            manifest.forEach(
                    (file, sha) -> sums.append(sha).append("  ").append(file).append('\n'));
            ZipEntry last = new ZipEntry("MANIFEST.sha256");
            last.setTime(ENTRY_TIME);
            zip.putNextEntry(last);
            zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sheet journal(LocalDate from, LocalDate to) {
        List<Column> columns = List.of(
                Column.integer("entry_id"),
                Column.date("entry_date"),
                Column.text("period"),
                Column.text("kind"),
                Column.text("source_ref"),
                Column.text("reverses"),
                Column.integer("line_no"),
                Column.text("account"),
                Column.text("side"),
                Column.amount("amount_usd"),
                Column.text("contributor"),
                Column.text("earmark"),
                Column.text("programme"),
                Column.text("puno"),
                Column.text("thematic_area"),
                Column.text("window"));
        return new Sheet(
                "journal",
                "journal",
                columns,
                sink -> Page.each(page -> ledger.entriesDated(from, to, page), (JournalEntryView e) -> {
                    for (JournalEntryView.Line l : e.lines()) {
                        sink.accept(java.util.Arrays.asList(
                                e.id(),
                                e.date(),
                                e.period(),
                                e.kind(),
                                e.sourceRef(),
                                e.reverses() == null ? null : e.reverses().toString(),
                                l.lineNo(),
                                l.account(),
                                l.side(),
                                l.amount(),
                                l.contributor(),
                                l.earmark(),
                                l.programme(),
                                l.puno(),
                                l.thematicArea(),
                                l.window()));
                    }
                }));
    }

    private static Sheet trialBalance(TrialBalance tb, String name) {
        return Sheet.of(
                name,
                name,
                List.of(
                        Column.text("account"),
                        Column.text("name"),
                        Column.text("kind"),
                        Column.amount("debit_usd"),
                        Column.amount("credit_usd"),
                        Column.amount("balance_usd")),
                tb.rows(),
                r -> List.of(r.account(), r.name(), r.kind(), r.debit(), r.credit(), r.balance()));
    }

    private Sheet expenditure() {
        return new Sheet(
                "expenditure",
                "expenditure",
                List.of(
                        Column.text("programme"),
                        Column.text("puno"),
                        Column.integer("year"),
                        Column.amount("amount_usd")),
                sink -> Page.each(
                        expenditure::byYear,
                        (YearExpenditure e) -> sink.accept(List.of(e.programme(), e.puno(), e.year(), e.amount()))));
    }

    private static Sheet fundingStatus(FundingStatusStatement s) {
        return Sheet.of(
                "funding-status",
                "funding-status",
                List.of(
                        Column.text("section"),
                        Column.text("line"),
                        Column.amount("amount_usd"),
                        Column.number("share_percent", 1)),
                s.lines(),
                (FundingStatus.Line l) ->
                        java.util.Arrays.asList(l.section().name(), l.key(), l.amount(), l.percent()));
    }

    private Sheet events(LocalDate from, LocalDate to) {
        AuditQuery query = AuditQuery.between(from, to);
        return new Sheet(
                "audit-events",
                "audit-events",
                List.of(
                        Column.integer("seq"),
                        Column.instant("occurred_at"),
                        Column.text("actor"),
                        Column.text("roles"),
                        Column.text("action"),
                        Column.text("outcome"),
                        Column.text("subject_type"),
                        Column.text("subject_id"),
                        Column.text("detail"),
                        Column.text("before"),
                        Column.text("after"),
                        Column.text("previous_hash"),
                        Column.text("hash")),
                sink -> Page.each(
                        page -> audit.events(query, page),
                        (AuditEventView e) -> sink.accept(java.util.Arrays.asList(
                                e.seq(),
                                e.occurredAt(),
                                e.actor(),
                                e.roles(),
                                e.action(),
                                e.outcome(),
                                e.subjectType(),
                                e.subjectId(),
                                e.detail(),
                                e.before(),
                                e.after(),
                                e.previousHash(),
                                e.hash()))));
    }

    private Sheet registerSheet() {
        return new Sheet(
                "report-register",
                "report-register",
                List.of(
                        Column.integer("id"),
                        Column.text("report"),
                        Column.text("parameters"),
                        Column.text("format"),
                        Column.text("standing"),
                        Column.text("sha256"),
                        Column.integer("bytes"),
                        Column.text("chain_head"),
                        Column.text("generated_by"),
                        Column.instant("generated_at")),
                sink -> Page.each(
                        register::entries,
                        (RegisteredReport r) -> sink.accept(List.of(
                                r.id(),
                                r.report(),
                                r.parameters(),
                                r.format(),
                                r.standing().name(),
                                r.sha256(),
                                r.bytes(),
                                r.chainHead(),
                                r.generatedBy(),
                                r.generatedAt()))));
    }

    private static String readme(LocalDate from, LocalDate to, FundingStatusStatement closing) {
        return String.join(
                "\n",
                "Migration Multi-Partner Trust Fund: audit export " + from + " to " + to,
                "",
                "Standing of the period's close: " + closing.standing(),
                "Audit trail head at the end of " + to + ": " + closing.chainHead(),
                "",
                "Files (all CSV, UTF-8, amounts in US dollars with a point and two decimals):",
                "  journal.csv                  every journal line of the entries dated " + from + " to " + to,
                "  trial-balance-opening.csv    every account at the end of " + from.minusDays(1),
                "  trial-balance-closing.csv    every account at the end of " + to,
                "  expenditure.csv              the PUNOs' reported expenditure per programme, PUNO and year",
                "  funding-status.csv           the Funding Status as of " + to,
                "  audit-events.csv             the audit events of the period, with their hash chain",
                "  report-register.csv          every report the fund generated, with its SHA-256",
                "  MANIFEST.sha256              the SHA-256 of each file above",
                "",
                "To check: sha256sum -c MANIFEST.sha256; then, from the fund's repository,",
                "  python3 scripts/verify-audit-export.py <this folder>",
                "re-derives the closing trial balance (opening + journal) and the Funding Status (closing",
                "balances + expenditure through " + to.getYear() + ") and compares them to the files, to the cent.",
                "");
    }

    private static void entry(ZipOutputStream zip, Map<String, String> manifest, String name, Sheet sheet)
            throws IOException {
        MessageDigest sha = sha256();
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        Csv.writeEvidence(sheet, new DigestOutputStream(new Unclosed(zip), sha));
        zip.closeEntry();
        manifest.put(name, HexFormat.of().formatHex(sha.digest()));
    }

    private static void text(ZipOutputStream zip, Map<String, String> manifest, String name, String text)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
        manifest.put(name, HexFormat.of().formatHex(sha256().digest(bytes)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ZIP stream, which a CSV writer may flush but must not close. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

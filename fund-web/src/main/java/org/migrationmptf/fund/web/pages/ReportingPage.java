package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationmptf.fund.disbursement.api.ExpenditureDesk;
import org.migrationmptf.fund.disbursement.api.ExpenditureKind;
import org.migrationmptf.fund.disbursement.api.ExpenditureLine;
import org.migrationmptf.fund.disbursement.api.ExpenditureRegister;
import org.migrationmptf.fund.disbursement.api.ExpenditureReportView;
import org.migrationmptf.fund.programme.api.ProgrammeRegister;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.reports.imports.ExpenditureUpload;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * A PUNO reporter's page: the programmes its organization takes part in, and its expenditure
 * reports, typed in or uploaded as CSV/XLSX (the same import as {@code POST
 * /api/v1/expenditure-reports/upload}); an upload with bad lines names each and keeps nothing.
 */
@Named
@ViewScoped
public class ReportingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/work/reporting";
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    static final int TYPED_LINES = 6;

    /** One typed line of the form. */
    public static class TypedLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer year;
        private String category;
        private BigDecimal amount;

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        boolean isBlank() {
            return year == null && (category == null || category.isBlank()) && amount == null;
        }
    }

    @Inject
    ProgrammeRegister programmes;

    @Inject
    ExpenditureDesk desk;

    @Inject
    org.migrationmptf.fund.disbursement.api.FundingRegister funding;

    @Inject
    ExpenditureRegister register;

    @Inject
    PageCommands commands;

    @Inject
    CurrentUser currentUser;

    private final String token = PageCommands.newToken();
    private String programme;
    private ExpenditureKind kind = ExpenditureKind.INTERIM;
    private transient Part file;
    private final List<TypedLine> lines = new ArrayList<>();
    private List<ProgrammeView> mine;
    private Map<String, org.migrationmptf.fund.disbursement.api.PunoFunding> received;
    private PagedTable<ExpenditureReportView> reports;

    public ReportingPage() {
        for (int i = 0; i < TYPED_LINES; i++) {
            lines.add(new TypedLine());
        }
    }

    public String getOrganization() {
        return currentUser.required().organization().orElse("");
    }

    /** The organization's programmes that take reports (not in the pipeline, not financially closed). */
    public List<ProgrammeView> getProgrammes() {
        if (mine == null && currentUser.required().organization().isEmpty()) {
            mine = List.of(); // the secretariat's users act for no organization: nothing to report
        }
        if (mine == null) {
            mine = programmes
                    .programmes(
                            Optional.empty(),
                            new PageRequest(0, PageRequest.MAX_LIMIT, "code", false),
                            currentUser.required())
                    .items()
                    .stream()
                    .filter(p ->
                            p.status() != ProgrammeStatus.PIPELINE && p.status() != ProgrammeStatus.FINANCIALLY_CLOSED)
                    .toList();
        }
        return mine;
    }

    /** What the organization received and reported spent, per programme code (two statements). */
    public Map<String, org.migrationmptf.fund.disbursement.api.PunoFunding> getReceived() {
        if (received == null) {
            received = currentUser.required().organization().isEmpty()
                    ? Map.of()
                    : funding.ofPuno(getOrganization(), currentUser.required());
        }
        return received;
    }

    /** The organization's figures in one programme; zeros before its first transfer. */
    public org.migrationmptf.fund.disbursement.api.PunoFunding receivedIn(String code) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return getReceived()
                .getOrDefault(
                        code,
                        new org.migrationmptf.fund.disbursement.api.PunoFunding(
                                getOrganization(), null, null, null, zero, zero, zero, zero, null, false, false));
    }

    public PagedTable<ExpenditureReportView> getReports() {
        if (reports == null && currentUser.required().organization().isEmpty()) {
            reports = new PagedTable<>(
                    page -> new org.migrationmptf.fund.shared.Page<ExpenditureReportView>(
                            List.of(), 0, page.offset(), page.limit()),
                    java.util.Set.of(),
                    null,
                    true);
        }
        if (reports == null) {
            reports = new PagedTable<>(
                    page -> register.reports(Optional.empty(), page, currentUser.required()),
                    java.util.Set.of(),
                    null,
                    true);
        }
        return reports;
    }

    public ExpenditureKind[] getKinds() {
        return ExpenditureKind.values();
    }

    public List<String> getCategories() {
        return List.of("1", "2", "3", "4", "5", "6", "7", "ISC");
    }

    public String submit() {
        List<ExpenditureLine> submitted;
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("programme", programme);
        form.put("kind", String.valueOf(kind));
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > MAX_FILE_BYTES) {
                PageCommands.error(Texts.format("reporting.tooLarge", MAX_FILE_BYTES));
                return null;
            }
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            } catch (IOException e) {
                PageCommands.error(Texts.text("reporting.unreadable"));
                return null;
            }
            try {
                submitted = ExpenditureUpload.lines(content);
            } catch (RuntimeException e) {
                PageCommands.refused(e);
                return null;
            }
            form.put("file", java.util.HexFormat.of().formatHex(sha256(content)));
        } else {
            submitted = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                TypedLine l = lines.get(i);
                if (!l.isBlank()) {
                    submitted.add(new ExpenditureLine(
                            Texts.format("reporting.typedLine", i + 1), l.getYear(), l.getCategory(), l.getAmount()));
                    form.put("line" + i, l.getYear() + "/" + l.getCategory() + "/" + l.getAmount());
                }
            }
        }
        List<ExpenditureLine> report = submitted;
        return commands.submit(currentUser.required(), token, "submit expenditure", form, PAGE, () -> {
            ExpenditureReportView kept = desk.submit(programme, kind, report, currentUser.required());
            return Texts.format(
                    "reporting.kept",
                    kept.lines().size(),
                    kept.programme(),
                    Formats.amount(kept.total(), Languages.current()));
        });
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<TypedLine> getLines() {
        return lines;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public ExpenditureKind getKind() {
        return kind;
    }

    public void setKind(ExpenditureKind kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}

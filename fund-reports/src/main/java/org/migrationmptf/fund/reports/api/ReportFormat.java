package org.migrationmptf.fund.reports.api;

import java.util.Locale;

/** The formats a report downloads in: the same figures in each. */
public enum ReportFormat {
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("text/csv; charset=utf-8");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** For example {@code pdf}: the file extension and the register's format. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format of a file extension ({@code pdf}, {@code xlsx}, {@code csv}), or empty for another. */
    public static java.util.Optional<ReportFormat> of(String extension) {
        for (ReportFormat f : values()) {
            if (f.extension().equalsIgnoreCase(extension == null ? "" : extension.trim())) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}

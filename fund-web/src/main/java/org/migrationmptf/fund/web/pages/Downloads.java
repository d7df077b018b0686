package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.tables.Csv;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.reports.tables.Xlsx;

/**
 * The download links of every table ({@code ?download=deposits&format=csv} on the page's own address,
 * so its parameters apply) and their answer: a page's {@code f:viewAction} hands itself to {@link
 * #serve}, which writes the sheet as CSV or XLSX and completes the response. Without those
 * parameters the page renders as usual.
 */
@Named
@RequestScoped
public class Downloads {

    static final String TABLE = "download";
    static final String FORMAT = "format";

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    /** The address of a table's download in one format: the current address plus the two parameters. */
    public String href(String table, String format) {
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        String kept = request.getParameterMap().entrySet().stream()
                .filter(e -> !e.getKey().equals(TABLE)
                        && !e.getKey().equals(FORMAT)
                        && !e.getKey().equals("lang"))
                .filter(e ->
                        !e.getKey().startsWith("jakarta.faces") && !e.getKey().contains(":"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return request.getContextPath() + faces.getViewRoot().getViewId() + "?" + (kept.isEmpty() ? "" : kept + "&")
                + TABLE + "=" + encode(table) + "&" + FORMAT + "=" + encode(format);
    }

    /** Writes the asked-for table if the request asks for one; otherwise does nothing. */
    public void serve(Downloadable page) throws IOException {
        ExternalContext external = faces.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        String table = parameters.get(TABLE);
        if (table == null) {
            return;
        }
        String format = Optional.ofNullable(parameters.get(FORMAT)).orElse("csv");
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        Optional<RenderedReport> report = page.report(table, format);
        if (report.isPresent() || format.equals("pdf")) {
            if (report.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                response.setContentType(report.get().mediaType());
                response.setHeader("Content-Disposition", report.get().attachmentDisposition());
                response.setHeader("X-Content-SHA256", report.get().sha256());
                response.setHeader("Cache-Control", "no-store");
                response.getOutputStream().write(report.get().content());
            }
            faces.responseComplete();
            return;
        }
        Optional<Sheet> sheet = page.sheet(table);
        if (sheet.isEmpty() || !(format.equals("csv") || format.equals("xlsx"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            faces.responseComplete();
            return;
        }
        String file = sheet.get().name() + "-" + LocalDate.now(clock) + "." + format;
        response.setContentType(format.equals("csv") ? Csv.MEDIA_TYPE : Xlsx.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setHeader("Cache-Control", "no-store");
        OutputStream out = response.getOutputStream();
        if (format.equals("csv")) {
            Csv.write(sheet.get(), out);
        } else {
            Xlsx.write(sheet.get(), out);
        }
        out.flush();
        faces.responseComplete();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

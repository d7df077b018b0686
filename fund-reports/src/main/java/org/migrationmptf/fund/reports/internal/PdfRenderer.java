package org.migrationmptf.fund.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Fills a template compiled at build time ({@code /reports/<name>.jasper}) and exports it to PDF.
 * Loaded templates are kept: loading costs milliseconds, compiling would cost a second.
 */
public final class PdfRenderer {

    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

    public byte[] render(String template, Map<String, Object> parameters, Collection<Map<String, ?>> rows) {
        try {
            JasperPrint print =
                    JasperFillManager.fillReport(load(template), new java.util.HashMap<>(parameters), dataSource(rows));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException("report " + template + " could not be generated", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JRMapCollectionDataSource dataSource(Collection<Map<String, ?>> rows) {
        return new JRMapCollectionDataSource((Collection) rows);
    }

    private JasperReport load(String template) {
        return templates.computeIfAbsent(template, name -> {
            String resource = "/reports/" + name + ".jasper";
            try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("compiled report template missing: " + resource);
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("compiled report template unreadable: " + resource, e);
            }
        });
    }
}

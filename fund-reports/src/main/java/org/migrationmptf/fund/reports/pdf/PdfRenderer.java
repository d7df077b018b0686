package org.migrationmptf.fund.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Fills a template compiled at build time ({@code /reports/<name>.jasper}) and exports it as PDF/A-2b:
 * fonts embedded, an sRGB output intent, tagged with the report's title ({@code TITLE}) and language
 * ({@code REPORT_LOCALE}). The document date is the caller's and the file ID a digest of the inputs,
 * so the same inputs give byte-identical output ({@link ArchivalPdfProducerFactory}). Loaded templates
 * are kept: loading costs milliseconds, compiling would cost a second.
 */
public final class PdfRenderer {

    static final String ICC_PROFILE = "org/migrationmptf/fund/reports/pdf/sRGB.icc";

    private static final SimpleJasperReportsContext CONTEXT = archivalContext();

    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

    /**
     * @param documentDate the instant the PDF's metadata states: the report's own date, never "now"
     *     unless the report prints that instant too
     */
    public byte[] render(
            String template, Map<String, Object> parameters, Collection<Map<String, ?>> rows, Instant documentDate) {
        return render(
                template,
                parameters,
                dataSource(rows),
                documentDate,
                inputDigest(template, parameters, rows, documentDate));
    }

    /**
     * A report whose rows are read while it is filled (a database page at a time, {@code rows} never
     * held whole), with the caller's fingerprint of its inputs in the file ID: for the audit trail, the
     * chain head that the rows hash up to.
     */
    public byte[] render(
            String template,
            Map<String, Object> parameters,
            java.util.Iterator<? extends Map<String, ?>> rows,
            Instant documentDate,
            String fingerprint) {
        return render(
                template,
                parameters,
                new IteratorDataSource(rows),
                documentDate,
                HexFormat.of()
                        .formatHex(ArchivalPdfProducerFactory.digest(template + "\n" + documentDate + "\n"
                                + new TreeMap<>(plain(parameters)) + "\n" + fingerprint)));
    }

    private byte[] render(
            String template,
            Map<String, Object> parameters,
            net.sf.jasperreports.engine.JRDataSource data,
            Instant documentDate,
            String documentId) {
        try {
            JasperPrint print =
                    JasperFillManager.getInstance(CONTEXT).fill(load(template), new HashMap<>(parameters), data);
            print.setProperty(ArchivalPdfProducerFactory.DOCUMENT_DATE, documentDate.toString());
            print.setProperty(ArchivalPdfProducerFactory.DOCUMENT_ID, documentId);
            Locale locale = parameters.get(JRParameter.REPORT_LOCALE) instanceof Locale l ? l : Locale.ENGLISH;
            Object title = parameters.getOrDefault("TITLE", template);

            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
            configuration.setIccProfilePath(ICC_PROFILE);
            configuration.setTagged(true);
            configuration.setTagLanguage(locale.toLanguageTag());
            configuration.setMetadataTitle(String.valueOf(title));
            configuration.setDisplayMetadataTitle(true);
            configuration.setMetadataAuthor("Migration MPTF, Administrative Agent");
            configuration.setMetadataCreator("Migration MPTF fund system");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter(CONTEXT);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("report " + template + " could not be generated", e);
        }
    }

    /**
     * SHA-256 over the template, the date, the plain parameters (strings, numbers, dates, in key order)
     * and every row: what makes two generations the same document.
     */
    static String inputDigest(
            String template, Map<String, Object> parameters, Collection<Map<String, ?>> rows, Instant date) {
        StringBuilder text =
                new StringBuilder(template).append('\n').append(date).append('\n');
        new TreeMap<>(plain(parameters))
                .forEach((key, value) ->
                        text.append(key).append('=').append(value).append('\n'));
        for (Map<String, ?> row : rows) {
            text.append(row).append('\n');
        }
        return HexFormat.of().formatHex(ArchivalPdfProducerFactory.digest(text.toString()));
    }

    /** The parameters that are plain values (strings, numbers, dates, languages): what a digest covers. */
    private static Map<String, Object> plain(Map<String, Object> parameters) {
        Map<String, Object> plain = new HashMap<>();
        parameters.forEach((key, value) -> {
            if (value instanceof CharSequence
                    || value instanceof BigDecimal
                    || value instanceof Number
                    || value instanceof Temporal
                    || value instanceof Boolean
                    || value instanceof Locale) {
                plain.put(key, value);
            }
        });
        return plain;
    }

    /** Rows handed to Jasper one at a time from an iterator (which may read a page at a time). */
    private static final class IteratorDataSource implements net.sf.jasperreports.engine.JRDataSource {

        private final java.util.Iterator<? extends Map<String, ?>> rows;
        private Map<String, ?> current;

        IteratorDataSource(java.util.Iterator<? extends Map<String, ?>> rows) {
            this.rows = rows;
        }

        @Override
        public boolean next() {
            current = rows.hasNext() ? rows.next() : null;
            return current != null;
        }

        @Override
        public Object getFieldValue(net.sf.jasperreports.engine.JRField field) {
            return current.get(field.getName());
        }
    }

    private static SimpleJasperReportsContext archivalContext() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        context.setProperty(
                "net.sf.jasperreports.export.pdf.producer.factory", ArchivalPdfProducerFactory.class.getName());
        return context;
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

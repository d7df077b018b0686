package org.migrationmptf.fund.reports.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.AttributedCharacterIterator;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;

/**
 * JasperReports' classic PDF producer, made archival and reproducible (stack-notes, part 2):
 *
 * <ul>
 *   <li>no CIDSet per embedded font, which JasperReports writes incomplete and PDF/A-2 refuses;
 *   <li>the document's dates are the report's own date ({@link #DOCUMENT_DATE}), not the clock;
 *   <li>the trailer's file ID is the caller's digest of the report's inputs ({@link #DOCUMENT_ID});
 *   <li>font-subset prefixes derive from the font's name instead of a random generator.
 * </ul>
 *
 * So the same inputs give the same bytes, and the bytes are PDF/A-2b. JasperReports instantiates
 * this class by name from the context property {@code net.sf.jasperreports.export.pdf.producer.factory}.
 */
public final class ArchivalPdfProducerFactory implements PdfProducerFactory {

    /** JasperPrint property: the instant the report's dates state (ISO-8601). */
    public static final String DOCUMENT_DATE = "org.migrationmptf.fund.pdf.document-date";

    /** JasperPrint property: the hex digest of the report's inputs, written as the file ID. */
    public static final String DOCUMENT_ID = "org.migrationmptf.fund.pdf.document-id";

    private static final Map<String, NamedPrefixes> PREFIXES = new ConcurrentHashMap<>();

    @Override
    public PdfProducer createProducer(PdfProducerContext context) {
        return new ArchivalProducer(context);
    }

    private static final class ArchivalProducer extends ClassicPdfProducer {

        ArchivalProducer(PdfProducerContext context) {
            super(context);
        }

        @Override
        public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
            PdfDocumentWriter writer = super.createWriter(os);
            JasperPrint print = getContext().getCurrentJasperPrint();
            String date = print == null ? null : print.getProperty(DOCUMENT_DATE);
            String id = print == null ? null : print.getProperty(DOCUMENT_ID);
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            calendar.setTimeInMillis(date == null ? 0L : Instant.parse(date).toEpochMilli());
            PdfDictionary info = getPdfWriter().getInfo();
            info.put(PdfName.CREATIONDATE, new PdfDate(calendar));
            info.put(PdfName.MODDATE, new PdfDate(calendar));
            byte[] fileId = id == null ? digest("") : HexFormat.of().parseHex(id);
            info.put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
            return writer;
        }

        @Override
        public Font getFont(Map<AttributedCharacterIterator.Attribute, Object> attributes, Locale locale) {
            Font font = super.getFont(attributes, locale);
            BaseFont base = font.getBaseFont();
            if (base != null) {
                base.setIncludeCidSet(false);
                base.setSecureRandom(PREFIXES.computeIfAbsent(base.getPostscriptFontName(), NamedPrefixes::new));
            }
            return font;
        }
    }

    /**
     * The six letters of a font's subset prefix, from its name: OpenPDF draws them with six calls of
     * {@link #nextDouble()} in one thread, so a per-thread position keeps concurrent reports apart.
     */
    static final class NamedPrefixes extends SecureRandom {

        private static final long serialVersionUID = 1L;

        private final byte[] letters;
        private final transient ThreadLocal<int[]> position = ThreadLocal.withInitial(() -> new int[1]);

        NamedPrefixes(String fontName) {
            letters = digest(fontName);
        }

        @Override
        public double nextDouble() {
            int[] at = position.get();
            int i = at[0];
            at[0] = (i + 1) % 6;
            return (letters[i] & 0xff) / 256.0;
        }
    }

    static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

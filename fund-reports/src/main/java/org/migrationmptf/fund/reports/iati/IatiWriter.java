package org.migrationmptf.fund.reports.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the fund's IATI 2.03 files as a stream (element by element, never a document in memory):
 * the activity file holds the fund's own activity with every flow as a transaction; the organisation
 * file states the publisher and its yearly expenditure. Identifiers come from {@code iati.properties}.
 */
public final class IatiWriter {

    private static final Properties IDS = load();

    private final XMLStreamWriter xml;

    private IatiWriter(OutputStream out) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load() {
        Properties ids = new Properties();
        try (InputStream in = IatiWriter.class.getResourceAsStream("iati.properties")) {
            ids.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** A Participating UN Organization as IATI names it: its identifier (if the data has one) and name. */
    public static IatiTransaction.Org puno(String code, String name) {
        return new IatiTransaction.Org(IDS.getProperty("puno." + code), name);
    }

    public static IatiTransaction.Org publisher() {
        return new IatiTransaction.Org(IDS.getProperty("reporting-org.ref"), IDS.getProperty("reporting-org.name"));
    }

    /** The fund's activity identifier, for example {@code XM-DAC-41114-MIG00}. */
    public static String fundActivity() {
        return IDS.getProperty("reporting-org.ref") + "-" + IDS.getProperty("fund.code");
    }

    /**
     * The activity file: the fund's activity, then every transaction {@code transactions} hands over,
     * in the order given.
     */
    public static void activities(
            OutputStream out, Instant generated, Consumer<Consumer<IatiTransaction>> transactions) {
        IatiWriter w = new IatiWriter(out);
        try {
            String now = generated.truncatedTo(ChronoUnit.SECONDS).toString();
            w.xml.writeStartDocument("UTF-8", "1.0");
            w.xml.writeStartElement("iati-activities");
            w.xml.writeAttribute("version", "2.03");
            w.xml.writeAttribute("generated-datetime", now);
            w.xml.writeStartElement("iati-activity");
            w.xml.writeAttribute("last-updated-datetime", now);
            w.xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
            w.xml.writeAttribute("default-currency", "USD");
            w.xml.writeAttribute("hierarchy", "1");
            w.text("iati-identifier", fundActivity());
            w.reportingOrg();
            w.narrativeElement("title", Map.of(), IDS.getProperty("fund.title"));
            w.narrativeElement("description", Map.of("type", "1"), IDS.getProperty("fund.description"));
            w.org("participating-org", Map.of("role", "3", "type", IDS.getProperty("reporting-org.type")), publisher());
            w.empty("activity-status", Map.of("code", "2"));
            w.empty("activity-date", Map.of("iso-date", IDS.getProperty("fund.start"), "type", "2"));
            w.empty("activity-scope", Map.of("code", "1"));
            transactions.accept(w::transaction);
            w.xml.writeEndElement();
            w.xml.writeEndElement();
            w.xml.writeEndDocument();
            w.xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the IATI activity file could not be written", e);
        }
    }

    /** The organisation file: the publisher, and its expenditure (USD) per calendar year. */
    public static void organisation(OutputStream out, Instant generated, Map<Integer, BigDecimal> expenditureByYear) {
        IatiWriter w = new IatiWriter(out);
        try {
            String now = generated.truncatedTo(ChronoUnit.SECONDS).toString();
            w.xml.writeStartDocument("UTF-8", "1.0");
            w.xml.writeStartElement("iati-organisations");
            w.xml.writeAttribute("version", "2.03");
            w.xml.writeAttribute("generated-datetime", now);
            w.xml.writeStartElement("iati-organisation");
            w.xml.writeAttribute("last-updated-datetime", now);
            w.xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
            w.xml.writeAttribute("default-currency", "USD");
            w.text("organisation-identifier", IDS.getProperty("reporting-org.ref"));
            w.narrativeElement("name", Map.of(), IDS.getProperty("reporting-org.name"));
            w.reportingOrg();
            for (Map.Entry<Integer, BigDecimal> year : new java.util.TreeMap<>(expenditureByYear).entrySet()) {
                w.xml.writeStartElement("total-expenditure");
                w.empty(
                        "period-start",
                        Map.of("iso-date", LocalDate.of(year.getKey(), 1, 1).toString()));
                w.empty(
                        "period-end",
                        Map.of("iso-date", LocalDate.of(year.getKey(), 12, 31).toString()));
                w.value("USD", year.getValue(), LocalDate.of(year.getKey(), 12, 31));
                w.xml.writeEndElement();
            }
            w.xml.writeEndElement();
            w.xml.writeEndElement();
            w.xml.writeEndDocument();
            w.xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the IATI organisation file could not be written", e);
        }
    }

    private void transaction(IatiTransaction t) {
        try {
            xml.writeStartElement("transaction");
            if (t.reference() != null) {
                xml.writeAttribute("ref", t.reference());
            }
            empty("transaction-type", Map.of("code", Integer.toString(t.type())));
            empty("transaction-date", Map.of("iso-date", t.date().toString()));
            value(t.currency(), t.value(), t.valueDate());
            if (t.description() != null) {
                narrativeElement("description", Map.of(), t.description());
            }
            if (t.provider() != null) {
                org("provider-org", Map.of(), t.provider());
            }
            if (t.receiver() != null) {
                org("receiver-org", Map.of(), t.receiver());
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an IATI transaction could not be written", e);
        }
    }

    private void reportingOrg() throws XMLStreamException {
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", IDS.getProperty("reporting-org.ref"));
        xml.writeAttribute("type", IDS.getProperty("reporting-org.type"));
        narrative(IDS.getProperty("reporting-org.name"));
        xml.writeEndElement();
    }

    private void value(String currency, BigDecimal amount, LocalDate valueDate) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", currency);
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(amount.toPlainString());
        xml.writeEndElement();
    }

    private void org(String element, Map<String, String> attributes, IatiTransaction.Org org)
            throws XMLStreamException {
        xml.writeStartElement(element);
        if (org.ref() != null) {
            xml.writeAttribute("ref", org.ref());
        }
        for (Map.Entry<String, String> a : new java.util.TreeMap<>(attributes).entrySet()) {
            xml.writeAttribute(a.getKey(), a.getValue());
        }
        narrative(org.name());
        xml.writeEndElement();
    }

    private void narrativeElement(String element, Map<String, String> attributes, String text)
            throws XMLStreamException {
        xml.writeStartElement(element);
        for (Map.Entry<String, String> a : new java.util.TreeMap<>(attributes).entrySet()) {
            xml.writeAttribute(a.getKey(), a.getValue());
        }
        narrative(text);
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void text(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void empty(String element, Map<String, String> attributes) throws XMLStreamException {
        xml.writeEmptyElement(element);
        for (Map.Entry<String, String> a : new java.util.TreeMap<>(attributes).entrySet()) {
            xml.writeAttribute(a.getKey(), a.getValue());
        }
    }
}

package org.migrationmptf.fund.reports.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The IATI files validate against the official 2.03 schemas (copied from shared/iati-2.03). */
class IatiWriterTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:30:00Z");

    static void validate(String schema, byte[] xml) throws Exception {
        URL xsd = IatiWriterTest.class.getResource("/iati-2.03/" + schema);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(xsd)
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static byte[] activities(IatiTransaction... transactions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiWriter.activities(
                out, NOW, sink -> java.util.Arrays.asList(transactions).forEach(sink));
        return out.toByteArray();
    }

    private static final IatiTransaction.Org GERMANY = new IatiTransaction.Org(null, "Germany");

    @Test
    void everyKindOfFlowValidatesWithItsCurrencyAndValueDate() throws Exception {
        LocalDate day = LocalDate.of(2026, 3, 2);
        byte[] xml = activities(
                new IatiTransaction(
                        11,
                        "MIG-DEU-2025-01",
                        day,
                        "EUR",
                        new BigDecimal("5000000.00"),
                        day,
                        "Agreement",
                        GERMANY,
                        IatiWriter.publisher()),
                new IatiTransaction(
                        1,
                        "deposit-7",
                        day,
                        "EUR",
                        new BigDecimal("1000000.00"),
                        day.minusDays(1),
                        "USD 1,086,956.52 at 0.920000 per USD (UN operational rate)",
                        GERMANY,
                        IatiWriter.publisher()),
                new IatiTransaction(
                        2,
                        "allocation-3",
                        day,
                        "USD",
                        new BigDecimal("250000.00"),
                        day,
                        "MIG-KEN-01 · IOM",
                        IatiWriter.publisher(),
                        IatiWriter.puno("IOM", "International Organization for Migration")),
                new IatiTransaction(
                        3,
                        "transfer-4",
                        day,
                        "USD",
                        new BigDecimal("125000.00"),
                        day,
                        "MIG-KEN-01 · tranche 1",
                        IatiWriter.publisher(),
                        IatiWriter.puno("NOPE", "An organization without an identifier")),
                new IatiTransaction(
                        4,
                        "MIG-KEN-01-IOM-2026",
                        LocalDate.of(2026, 12, 31),
                        "USD",
                        new BigDecimal("98765.43"),
                        LocalDate.of(2026, 12, 31),
                        "MIG-KEN-01 · IOM · 2026",
                        IatiWriter.puno("IOM", "IOM"),
                        null));

        validate("iati-activities-schema.xsd", xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("<iati-identifier>XM-DAC-41114-MIG00</iati-identifier>")
                .contains("<transaction-type code=\"11\"/>")
                .contains("<value currency=\"EUR\" value-date=\"2026-03-01\">1000000.00</value>")
                .contains("<receiver-org ref=\"XM-DAC-47066\"><narrative>International Organization for Migration")
                .contains("<receiver-org><narrative>An organization without an identifier");
    }

    @Test
    void aFundWithNoFlowsYetStillValidates() throws Exception {
        validate("iati-activities-schema.xsd", activities());
    }

    @Test
    void theValidatorRefusesAFileThatBreaksTheSchema() {
        byte[] broken = new String(activities(), StandardCharsets.UTF_8)
                .replace("<activity-status code=\"2\"/>", "")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> validate("iati-activities-schema.xsd", broken))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("activity-status");
    }

    @Test
    void theOrganisationFileStatesTheYearlyExpenditure() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiWriter.organisation(out, NOW, Map.of(2025, new BigDecimal("1234567.89"), 2026, new BigDecimal("0.00")));

        validate("iati-organisations-schema.xsd", out.toByteArray());
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("<organisation-identifier>XM-DAC-41114</organisation-identifier>")
                .contains("<period-start iso-date=\"2025-01-01\"/>")
                .contains("<value currency=\"USD\" value-date=\"2025-12-31\">1234567.89</value>");
    }
}

package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The IATI files from the real server validate against the official 2.03 schemas and carry the
 * registers' flows: one incoming-funds transaction per posted deposit, disbursements that add up to
 * the Funding Status' transfers and expenditure that adds up to its PUNO expenditure.
 */
class IatiIT {

    private static final Path SCHEMAS = Path.of("../fund-reports/src/test/resources/iati-2.03");

    private static byte[] download(String path) {
        HttpResponse<byte[]> response =
                FundServer.sendForBytes(FundServer.requestAs("auditor", path).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        return response.body();
    }

    private static void validate(String schema, byte[] xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SCHEMAS.resolve(schema).toFile())
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** Count and sum of the USD values of the transactions of one type. */
    private static Map.Entry<Integer, BigDecimal> transactions(Document xml, String type) {
        NodeList all = xml.getElementsByTagName("transaction");
        int count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < all.getLength(); i++) {
            Element t = (Element) all.item(i);
            Element kind = (Element) t.getElementsByTagName("transaction-type").item(0);
            boolean laterYear = type.equals("4")
                    && kind.getAttribute("code").equals("4")
                    && Integer.parseInt(t.getAttribute("ref")
                                    .substring(t.getAttribute("ref").length() - 4))
                            > LocalDate.now().getYear();
            if (kind.getAttribute("code").equals(type) && !laterYear) {
                count++;
                Element value = (Element) t.getElementsByTagName("value").item(0);
                if (value.getAttribute("currency").equals("USD")) {
                    sum = sum.add(new BigDecimal(value.getTextContent()));
                }
            }
        }
        return Map.entry(count, sum);
    }

    private static BigDecimal fundingStatus(String section, String key) {
        JsonObject statement = FundServer.object(
                FundServer.getAs("auditor", "/api/v1/reports/funding-status?asOf=" + LocalDate.now()));
        return statement.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("section").equals(section)
                        && l.getString("key").equals(key))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("amount")
                .bigDecimalValue();
    }

    @Test
    void theActivityFileIsValidIati203AndCarriesTheRegistersFlows() throws Exception {
        byte[] file = download("/api/v1/iati/activities.xml");
        validate("iati-activities-schema.xsd", file);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(file));

        long posted = FundServer.object(FundServer.getAs("auditor", "/api/v1/deposits?status=POSTED&limit=1"))
                .getJsonNumber("total")
                .longValue();
        assertThat(transactions(xml, "1").getKey())
                .as("incoming funds: one per posted deposit")
                .isEqualTo((int) posted);
        assertThat(transactions(xml, "11").getKey()).as("incoming commitments").isPositive();
        assertThat(transactions(xml, "3").getValue())
                .as("disbursements add up to the transfers to PUNOs")
                .isEqualByComparingTo(fundingStatus("WITH_ADMINISTRATIVE_AGENT", "transfersToPunos"));
        assertThat(transactions(xml, "4").getValue())
                .as("expenditure through this year adds up to the PUNOs' reported expenditure")
                .isEqualByComparingTo(fundingStatus("WITH_PARTICIPATING_ORGANIZATIONS", "punoExpenditure"));
    }

    @Test
    void theOrganisationFileIsValidIati203() throws Exception {
        byte[] file = download("/api/v1/iati/organisation.xml");

        validate("iati-organisations-schema.xsd", file);
        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).contains("<organisation-identifier>");
    }
}

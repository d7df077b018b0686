package org.migrationmptf.fund.reports.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uploaded tables read as the user sees them: lines numbered as in the file, cells as typed. */
class UploadTest {

    @Test
    void csvKeepsQuotedCommasAndNumbersLinesAsInTheFile() {
        Upload upload = Upload.read("\uFEFFYear,Category,Amount\r\n2026,1,\"1,250.50\"\r\n\r\n2027,\"ISC\",87.53\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(upload.header()).containsExactly("year", "category", "amount");
        assertThat(upload.lines())
                .extracting(l -> l.number() + ": " + String.join("|", l.cells()))
                .containsExactly("2: 2026|1|1,250.50", "4: 2027|ISC|87.53");
    }

    @Test
    void anXlsxWorkbookIsReadFromItsFirstSheetWithNumbersAsPlainDecimals() throws Exception {
        Sheet sheet = Sheet.of(
                "expenditure",
                "Expenditure",
                List.of(Column.integer("year"), Column.text("category"), Column.amount("amount")),
                List.of(
                        List.<Object>of(2026, "1", new BigDecimal("1250000.50")),
                        List.<Object>of(2026, "ISC", new BigDecimal("87500.04"))),
                row -> row);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(sheet, out);

        Upload upload = Upload.read(out.toByteArray());

        assertThat(upload.header()).contains("year", "category", "amount");
        int year = upload.header().indexOf("year");
        int amount = upload.header().indexOf("amount");
        assertThat(upload.lines())
                .extracting(l -> l.cell(year) + " " + l.cell(amount))
                .containsExactly("2026 1250000.5", "2026 87500.04");
    }

    @Test
    void aBrokenWorkbookIsUnreadable() {
        assertThatThrownBy(() -> Upload.read(new byte[] {'P', 'K', 3, 4, 0, 0})).isInstanceOf(Upload.Unreadable.class);
    }
}

package org.migrationmptf.fund.reports.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.shared.Page;

class SheetWritersTest {

    private static final List<Column> COLUMNS = List.of(
            Column.text("Contributor"),
            Column.date("Received"),
            Column.amount("USD"),
            Column.number("JPY", 0),
            Column.number("Rate", 6),
            Column.integer("Agreements"),
            Column.instant("Recorded at"));

    private static Sheet sheet() {
        return Sheet.of(
                "deposits",
                "Deposits: all [2026]",
                COLUMNS,
                List.of(
                        Arrays.asList(
                                "Norway, Kingdom of",
                                LocalDate.of(2026, 3, 31),
                                new BigDecimal("1234567.89"),
                                new BigDecimal("150000"),
                                new BigDecimal("0.861200"),
                                3,
                                Instant.parse("2026-04-01T08:15:30Z")),
                        Arrays.asList("=HYPERLINK(\"x\")", null, new BigDecimal("-5.00"), null, null, 0L, null)),
                row -> row);
    }

    @Test
    void csvHoldsPlainNumbersIsoDatesAndDefusedFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.write(sheet(), out);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("Contributor,Received,USD,JPY,Rate,Agreements,Recorded at\r\n"
                        + "\"Norway, Kingdom of\",2026-03-31,1234567.89,150000,0.861200,3,2026-04-01T08:15:30Z\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",,-5.00,,,0,\r\n");
    }

    @Test
    void xlsxHoldsNumericAndDateCellsWithTheSameValues() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(sheet(), out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var worksheet = workbook.getFirstSheet();
            assertThat(worksheet.getName()).isEqualTo("Deposits  all  2026");
            List<Row> rows = worksheet.read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).stream().map(c -> c.getText()).collect(Collectors.toList()))
                    .containsExactly("Contributor", "Received", "USD", "JPY", "Rate", "Agreements", "Recorded at");
            Row first = rows.get(1);
            assertThat(first.getCell(0).getText()).isEqualTo("Norway, Kingdom of");
            assertThat(first.getCell(1).asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("1234567.89");
            assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("150000");
            assertThat(first.getCell(4).asNumber()).isEqualByComparingTo("0.8612");
            assertThat(first.getCell(5).asNumber()).isEqualByComparingTo("3");
            assertThat(first.getCell(6).asDate().toString()).isEqualTo("2026-04-01T08:15:30");
            Row second = rows.get(2);
            assertThat(second.getCell(0).getText()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(second.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(2).asNumber()).isEqualByComparingTo("-5.00");
        }
    }

    @Test
    void aColumnOfSeveralCurrenciesKeepsEachAmountsDecimals() throws IOException {
        Sheet sheet = Sheet.of(
                "amounts",
                "Amounts",
                List.of(Column.text("Currency"), Column.amountAsHeld("Amount")),
                List.of(
                        List.of("JPY", new BigDecimal("150000")),
                        List.of("KWD", new BigDecimal("12.345")),
                        List.of("EUR", new BigDecimal("1250.50"))),
                row -> row);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        Csv.write(sheet, csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Xlsx.write(sheet, xlsx);

        assertThat(csv.toString(StandardCharsets.UTF_8))
                .isEqualTo("Currency,Amount\r\nJPY,150000\r\nKWD,12.345\r\nEUR,1250.50\r\n");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCell(1).asNumber()).isEqualByComparingTo("150000");
            assertThat(rows.get(2).getCell(1).asNumber()).isEqualByComparingTo("12.345");
            assertThat(rows.get(3).getCell(1).asNumber()).isEqualByComparingTo("1250.5");
        }
    }

    @Test
    void aPagedSheetReadsEveryPageOnce() {
        List<Integer> all = java.util.stream.IntStream.range(0, 1203).boxed().toList();
        int[] fetches = {0};
        Sheet sheet = Sheet.paged(
                "numbers",
                "Numbers",
                List.of(Column.integer("n")),
                page -> {
                    fetches[0]++;
                    int to = Math.min(all.size(), page.offset() + page.limit());
                    return new Page<>(all.subList(page.offset(), to), all.size(), page.offset(), page.limit());
                },
                null,
                false,
                n -> List.of(n));

        List<List<?>> rows = sheet.rows();

        assertThat(rows).hasSize(1203);
        assertThat(rows.get(1202)).isEqualTo(List.of(1202));
        assertThat(fetches[0]).isEqualTo(3);
    }

    @Test
    void aRowThatDoesNotFitItsColumnsIsRefused() {
        Sheet wrongCount = Sheet.of("bad", "Bad", COLUMNS, List.of(List.of("x")), row -> row);
        Sheet wrongType =
                Sheet.of("bad", "Bad", List.of(Column.amount("USD")), List.of(List.<Object>of("1.00")), row -> row);

        assertThatThrownBy(wrongCount::rows).hasMessageContaining("1 cells for 7 columns");
        assertThatThrownBy(wrongType::rows).hasMessageContaining("String is not a NUMBER");
        assertThatThrownBy(() -> new Sheet("Bad Name", "x", COLUMNS, sink -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.migrationmptf.fund.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FundCalendarTest {

    private final FundCalendar calendar = FundCalendar.DEFAULT;

    @ParameterizedTest(name = "{0} is refused as input naming the field")
    @ValueSource(strings = {"0000-01-01", "1999-12-31", "2101-01-01", "+10000-01-01", "-0001-06-30"})
    void aDateOutsideTheFundsRangeIsRefusedNamingTheField(String date) {
        assertThatThrownBy(() -> calendar.require("receivedOn", LocalDate.parse(date)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.issues()).singleElement().satisfies(i -> {
                            assertThat(i.field()).isEqualTo("receivedOn");
                            assertThat(i.message()).contains("between 2000-01-01 and 2100-12-31");
                        }));
    }

    @ParameterizedTest(name = "{0} is kept exactly")
    @ValueSource(strings = {"2000-01-01", "2026-02-28", "2100-12-31"})
    void aDateInsideTheRangeIsKeptExactly(String date) {
        assertThat(calendar.require("asOf", LocalDate.parse(date))).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "month {0}")
    @ValueSource(strings = {"1999-12", "2101-01", "+10000-01"})
    void monthsOutsideTheRangeAreRefused(String month) {
        assertThatThrownBy(() -> calendar.require("month", YearMonth.parse(month)))
                .isInstanceOf(InvalidInput.class);
    }

    @org.junit.jupiter.api.Test
    void aMissingDateIsInputToo() {
        assertThatThrownBy(() -> calendar.require("valueDate", (java.time.LocalDate) null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.issues().get(0).field()).isEqualTo("valueDate"));
    }
}

package org.migrationmptf.fund.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalAmountsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale FR = Locale.FRENCH;
    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void englishGroupsWithCommasAndKeepsTheDecimalsTyped() {
        assertThat(LocalAmounts.parse("1,250,000.00", EN)).contains(new BigDecimal("1250000.00"));
        assertThat(LocalAmounts.parse(" 1250.5 ", EN)).contains(new BigDecimal("1250.5"));
        assertThat(LocalAmounts.parse("12.345", EN)).contains(new BigDecimal("12.345"));
        assertThat(LocalAmounts.parse("1,25", EN)).isEmpty();
        assertThat(LocalAmounts.parse("1.250,00", EN)).isEmpty();
    }

    @Test
    void frenchGroupsWithSpacesOfEveryKindAndTakesACommaOrAPoint() {
        assertThat(LocalAmounts.parse("1 250 000,50", FR)).contains(new BigDecimal("1250000.50"));
        assertThat(LocalAmounts.parse("1\u202F250\u202F000,50", FR)).contains(new BigDecimal("1250000.50"));
        assertThat(LocalAmounts.parse("1\u00A0250,5", FR)).contains(new BigDecimal("1250.5"));
        assertThat(LocalAmounts.parse("1250.75", FR)).contains(new BigDecimal("1250.75"));
        assertThat(LocalAmounts.parse("1.250,00", FR)).isEmpty();
    }

    @Test
    void spanishGroupsWithPointsOfThreeDigitsOnly() {
        assertThat(LocalAmounts.parse("1.250.000,00", ES)).contains(new BigDecimal("1250000.00"));
        assertThat(LocalAmounts.parse("1.250", ES)).contains(new BigDecimal("1250"));
        assertThat(LocalAmounts.parse("12.50", ES)).isEmpty();
        assertThat(LocalAmounts.parse("abc", ES)).isEqualTo(Optional.empty());
    }

    @Test
    void theExampleInTheErrorIsWrittenTheWayTheLanguageWritesIt() {
        assertThat(LocalAmounts.example(EN)).isEqualTo("1,250,000.00");
        assertThat(LocalAmounts.example(FR)).isEqualTo("1\u202F250\u202F000,00");
        assertThat(LocalAmounts.example(ES)).isEqualTo("1.250.000,00");
        assertThat(LocalAmounts.parse(LocalAmounts.example(FR), FR)).contains(new BigDecimal("1250000.00"));
    }
}

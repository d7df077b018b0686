package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How the pages print amounts and dates, in the page's language: grouped, with exactly the decimals
 * the amount carries, which are its currency's minor units (the domain holds every amount at them):
 * {@code JPY 1,500,000}, {@code EUR 1,250.50}, in French {@code 1 250,50}, {@code KWD 12.345}.
 * Never a rounding.
 */
@Named("format")
@ApplicationScoped
public class Formats {

    public String amount(BigDecimal amount) {
        return amount(amount, Languages.current());
    }

    /** The amount in the given language's notation (for downloads and tests). */
    public static String amount(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        int decimals = Math.max(amount.scale(), 0);
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(locale));
        return format.format(amount);
    }

    /** How an amount is typed in the page's language, for the forms' hints: {@code 1,250,000.00}. */
    public String getExample() {
        return LocalAmounts.example(Languages.current());
    }

    /** A rate as held (six decimals), in the page's notation. */
    /** A fraction as a percentage in the page's language: 0.7512 is {@code 75.12 %}. */
    public String percent(BigDecimal fraction) {
        return fraction == null
                ? ""
                : amount(fraction.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN)) + " %";
    }

    public String rate(BigDecimal rate) {
        return amount(rate);
    }

    /** A date in the page's language, e.g. {@code 2 Dec 2026}, {@code 2 déc. 2026}. */
    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Languages.current())
                        .format(date);
    }

    /** A moment to the minute, in UTC, in the page's language. */
    public String instant(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(Languages.current())
                                .withZone(ZoneOffset.UTC)
                                .format(instant)
                        + " UTC";
    }
}

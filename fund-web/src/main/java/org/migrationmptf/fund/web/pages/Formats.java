package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the pages print amounts: grouped, with exactly the decimals the amount carries, which are its
 * currency's minor units (the domain holds every amount at them): {@code JPY 1,500,000}, {@code
 * EUR 1,250.50}, {@code KWD 12.345}. Never a rounding.
 */
@Named("format")
@ApplicationScoped
public class Formats {

    /** A moment as people read it, to the minute, in UTC: {@code 2026-12-02 18:05 UTC}. */
    public String instant(java.time.Instant instant) {
        return instant == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(instant);
    }

    public String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        int decimals = Math.max(amount.scale(), 0);
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(amount);
    }
}

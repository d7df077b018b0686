package org.migrationmptf.fund.reports.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reports' texts in one language (the bundles {@code reports.properties}, {@code _fr}, {@code
 * _es}) and its notation for amounts: {@code 1,234,567.89}, in French {@code 1 234 567,89}.
 */
final class ReportTexts {

    static final String BUNDLE = "org.migrationmptf.fund.reports.i18n.reports";

    private final Locale locale;
    private final ResourceBundle bundle;

    ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A list of column heads written {@code a|b|c} in the bundle. */
    String[] heads(String key) {
        return List.of(bundle.getString(key).split("\\|", -1)).toArray(String[]::new);
    }

    /** Grouped, with exactly the decimals the amount carries (its currency's minor units). */
    String money(BigDecimal amount) {
        int decimals = Math.max(amount.scale(), 0);
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(locale));
        return format.format(amount);
    }
}

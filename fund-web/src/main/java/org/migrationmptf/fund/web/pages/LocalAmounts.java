package org.migrationmptf.fund.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts typed as people write them in the page's language: {@code 1,250,000.00} in English,
 * {@code 1 250 000,00} in French, {@code 1.250.000,00} in Spanish, or without grouping; spaces
 * (also no-break ones) always group. Groups must be of three digits, so {@code 1.250} in Spanish is
 * 1250 and {@code 12.50} is refused rather than guessed. French also takes a point as the decimal
 * separator when no comma is used. The decimals are kept as typed; the domain checks them against
 * the currency.
 */
@FacesConverter("fund.amount")
public class LocalAmounts implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value, Languages.current())
                .orElseThrow(() -> new ConverterException(new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        Texts.format("form.amountFormat", example(Languages.current())),
                        null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : Formats.amount(value, Languages.current());
    }

    /** The amount in the language's notation, or empty when it is not a number written that way. */
    static java.util.Optional<BigDecimal> parse(String typed, Locale locale) {
        String text = typed.strip().replaceAll("[\\s\\u00A0\\u202F]", "");
        char grouping;
        char decimal;
        switch (locale.getLanguage()) {
            case "fr" -> {
                grouping = 0;
                decimal = text.indexOf(',') >= 0 ? ',' : '.';
            }
            case "es" -> {
                grouping = '.';
                decimal = ',';
            }
            default -> {
                grouping = ',';
                decimal = '.';
            }
        }
        String g = grouping == 0 ? "" : Pattern.quote(String.valueOf(grouping));
        String d = Pattern.quote(String.valueOf(decimal));
        boolean grouped = !g.isEmpty() && text.matches("-?\\d{1,3}(" + g + "\\d{3})+(" + d + "\\d+)?");
        boolean plain = text.matches("-?\\d+(" + d + "\\d+)?");
        if (!grouped && !plain) {
            return java.util.Optional.empty();
        }
        String normal = (g.isEmpty() ? text : text.replace(String.valueOf(grouping), "")).replace(decimal, '.');
        return java.util.Optional.of(new BigDecimal(normal));
    }

    static String example(Locale locale) {
        return Formats.amount(new BigDecimal("1250000.00"), locale);
    }
}

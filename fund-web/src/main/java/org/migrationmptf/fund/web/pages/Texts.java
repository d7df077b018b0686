package org.migrationmptf.fund.web.pages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' texts for Java code (messages after a write, the download headers): the same bundles
 * the pages read as {@code #{msg[...]}}, in the language of the page being rendered.
 */
public final class Texts {

    public static final String BUNDLE = "org.migrationmptf.fund.web.i18n.messages";

    private Texts() {}

    public static String text(String key) {
        return text(key, Languages.current());
    }

    public static String text(String key, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    }

    /** The text with its {0}, {1} ... filled in. */
    public static String format(String key, Object... arguments) {
        String pattern = text(key);
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            // a plain {0} given a whole number is an identifier (deposit 2120, entry 17): never grouped
            boolean formatted = pattern.contains("{" + i + ",");
            if (!formatted && (shown[i] instanceof Long || shown[i] instanceof Integer)) {
                shown[i] = shown[i].toString();
            }
        }
        return new MessageFormat(pattern, Languages.current()).format(shown);
    }

    /** The text of {@code key} if the bundle has one, else {@code fallback}. */
    public static String textOr(String key, String fallback) {
        try {
            return text(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}

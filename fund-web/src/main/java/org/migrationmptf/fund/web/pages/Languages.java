package org.migrationmptf.fund.web.pages;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the pages speak (English, French, Spanish), and which one a page is in: the one the
 * user chose with the switcher (remembered in a cookie), else the first of the browser's
 * Accept-Language the fund speaks, else English. Registered as the Faces view handler.
 */
public class Languages extends ViewHandlerWrapper {

    /** The cookie that remembers the user's choice. */
    public static final String COOKIE = "fund.lang";

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

    public Languages(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object request = context.getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? of(http) : Locale.ENGLISH;
    }

    /**
     * The language of a request: {@code ?lang=} if the fund speaks it (downloads and API documents),
     * else the switcher's cookie, else the first spoken language of Accept-Language, else English.
     */
    public static Locale of(HttpServletRequest http) {
        Optional<Locale> asked = Optional.ofNullable(http.getParameter("lang")).flatMap(Languages::supported);
        if (asked.isPresent()) {
            return asked.get();
        }
        Optional<Locale> chosen = chosen(http);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        for (java.util.Enumeration<Locale> wanted = http.getLocales(); wanted.hasMoreElements(); ) {
            Optional<Locale> spoken = supported(wanted.nextElement().getLanguage());
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return Locale.ENGLISH;
    }

    /** The language the user chose with the switcher, if any. */
    static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(COOKIE)) {
                    return supported(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The pairs of a query string ({@code a=1&lang=fr&b=2}) other than {@code lang}: {@code [a=1, b=2]}. */
    public static List<String> parametersBesideLang(String query) {
        if (query == null) {
            return List.of();
        }
        return java.util.Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith("lang="))
                .toList();
    }

    /** The supported locale of a language code ({@code fr}), if the fund speaks it. */
    public static Optional<Locale> supported(String language) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The language of the page being rendered (English outside a Faces request). */
    public static Locale current() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }
}

package org.migrationmptf.fund.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migrationmptf.fund.web.pages.Languages;

/**
 * The language switcher's links ({@code ?lang=fr} on any page): the choice is remembered in a cookie
 * for a year, and the browser is sent back to the same page without the parameter.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageSwitch extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String wanted = request.getParameter("lang");
        if (wanted != null && "GET".equals(request.getMethod())) {
            Optional<Locale> language = Languages.supported(wanted);
            if (language.isPresent()) {
                response.addHeader(
                        "Set-Cookie",
                        Languages.COOKIE + "=" + language.get().getLanguage()
                                + "; Path=/; Max-Age=31536000; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
                List<String> others = Languages.parametersBesideLang(request.getQueryString());
                response.sendRedirect(
                        request.getRequestURI() + (others.isEmpty() ? "" : "?" + String.join("&", others)));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

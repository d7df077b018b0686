package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.migrationmptf.fund.identity.api.Role;

/**
 * The menu: only the pages the signed-in user's role may open, the current one marked. One place
 * lists them, in the order a person works through them.
 */
@Named
@RequestScoped
public class Navigation {

    /** One entry: the page (its outcome), the bundle key of its name, and whether it is the current page. */
    public record Item(String outcome, String key, boolean current) {

        /** A stable element id from the bundle key: {@code nav.thematicAreas} is {@code navThematicAreas}. */
        public String id() {
            String name = key.substring(key.indexOf('.') + 1);
            return "nav" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    @Inject
    CurrentUser user;

    public List<Item> getItems() {
        List<Item> items = new ArrayList<>();
        add(items, user.getHome(), "nav.home");
        if (user.has(Role.CONTRIBUTOR)) {
            add(items, "/contributor/dashboard", "nav.dashboard");
        }
        if (user.has(Role.AA_FINANCE)) {
            add(items, "/finance/deposits", "nav.deposits");
            add(items, "/finance/exchange-rates", "nav.rates");
            add(items, "/finance/periods", "nav.periods");
            add(items, "/finance/transfers", "nav.transfers");
        }
        if (user.isStaff()) {
            add(items, "/staff/contributors", "nav.contributors");
            add(items, "/staff/decisions", "nav.decisions");
            add(items, "/staff/programmes", "nav.programmes");
        }
        if (user.has(Role.FUND_OFFICER) || user.has(Role.FUND_APPROVER)) {
            add(items, "/work/approvals", "nav.approvals");
        }
        if (user.has(Role.PUNO_REPORTER)) {
            add(items, "/work/reporting", "nav.reporting");
        }
        if (user.has(Role.AA_FINANCE)) {
            add(items, "/finance/contributors", "nav.registerContributors");
        }
        if (user.has(Role.AA_FINANCE) || user.has(Role.AUDITOR)) {
            add(items, "/ledger/trial-balance", "nav.trialBalance");
        }
        if (user.has(Role.AUDITOR)) {
            add(items, "/audit/trail", "nav.auditTrail");
            add(items, "/audit/reports", "nav.reports");
        }
        if (user.isStaff() || user.has(Role.CONTRIBUTOR)) {
            add(items, "/trail/money-trail", "nav.moneyTrail");
        }
        if (user.has(Role.ADMIN)) {
            add(items, "/admin/users", "nav.users");
        }
        add(items, "/reference/funding-status", "nav.fundingStatus");
        add(items, "/reference/thematic-areas", "nav.thematicAreas");
        return items;
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED.stream().map(java.util.Locale::getLanguage).toList();
    }

    /** This page in another language: its address and query, with {@code lang} set (the switcher's link). */
    public String languageHref(String language) {
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        StringBuilder href =
                new StringBuilder(request.getRequestURI()).append("?lang=").append(language);
        Languages.parametersBesideLang(request.getQueryString())
                .forEach(pair -> href.append('&').append(pair));
        return href.toString();
    }

    private static void add(List<Item> items, String outcome, String key) {
        if (items.stream().anyMatch(i -> i.outcome().equals(outcome))) {
            return;
        }
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        items.add(new Item(outcome, key, viewId.equals(outcome + ".xhtml")));
    }
}

package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Set;

/** What the error page shows: the status the container answered, and the reference of a 500. */
@Named
@RequestScoped
public class ErrorPage {

    /** Request attributes the error servlet sets before it forwards here. */
    public static final String STATUS = "fund.error.status";

    public static final String REFERENCE = "fund.error.reference";

    /** The statuses the error page explains in its own words; any other 4xx reads as 400, 5xx as 500. */
    public static final Set<String> EXPLAINED = Set.of("400", "403", "404", "405", "413", "500");

    public String getStatus() {
        Object status = attribute(STATUS);
        String code = status == null ? "500" : status.toString();
        if (EXPLAINED.contains(code)) {
            return code;
        }
        return code.startsWith("5") ? "500" : "400";
    }

    public String getReference() {
        Object reference = attribute(REFERENCE);
        return reference == null ? null : reference.toString();
    }

    private static Object attribute(String name) {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(name);
    }
}

package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The errors of a form as the pages show them (GOV.UK's pattern): each beside its field, the field
 * marked {@code aria-invalid}, and a summary at the top of the form linking to each field.
 */
@Named
@RequestScoped
public class Forms {

    /** One error of the summary: the field's client id (the link's target) and the message. */
    public record FieldError(String clientId, String message) {}

    /** The errors of the fields of one form, in the order of the page. */
    public List<FieldError> errors(String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id != null && id.startsWith(formId + ":")) {
                faces.getMessageList(id).stream()
                        .filter(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR)
                        .forEach(m -> errors.add(new FieldError(id, m.getSummary())));
            }
        }
        return errors;
    }

    /**
     * The summary's list as HTML, {@code <ul><li><a href="#field">message</a></li>...</ul>}, every id
     * and message escaped; computed when the summary renders, after validation.
     */
    public String summaryList(String formId) {
        StringBuilder html = new StringBuilder("<ul>");
        for (FieldError e : errors(formId)) {
            html.append("<li><a href=\"#")
                    .append(escape(e.clientId()))
                    .append("\">")
                    .append(escape(e.message()))
                    .append("</a></li>");
        }
        return html.append("</ul>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the field has a message (then it is shown invalid). */
    public boolean invalid(String clientId) {
        return FacesContext.getCurrentInstance().getMessageList(clientId).stream()
                .anyMatch(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR);
    }

    /** Puts a message beside the input whose id is {@code field}; false if the view has none. */
    static boolean attach(String field, String message) {
        Optional<UIInput> input = find(field);
        input.ifPresent(i -> {
            FacesContext faces = FacesContext.getCurrentInstance();
            i.setValid(false);
            faces.addMessage(
                    i.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, capitalised(message), null));
        });
        return input.isPresent();
    }

    static boolean hasField(String field) {
        return find(field).isPresent();
    }

    private static Optional<UIInput> find(String field) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null || field == null) {
            return Optional.empty();
        }
        UIInput[] found = {null};
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, target) -> {
            if (target instanceof UIInput input && field.equals(input.getId()) && isRendered(input)) {
                found[0] = input;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return Optional.ofNullable(found[0]);
    }

    private static boolean isRendered(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return true;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.migrationmptf.fund.idempotency.api.IdempotentOutcome;
import org.migrationmptf.fund.idempotency.api.IdempotentRequests;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.RefusedRequest;
import org.migrationmptf.fund.shared.TooLarge;
import org.migrationmptf.fund.shared.TransientConflict;

/**
 * The one way a page writes: once per form token, then Post-Redirect-Get. The form's token is the
 * page's Idempotency-Key (the very mechanism the API's money-moving POSTs use), so a double click or
 * a resent form replays the first answer instead of doing the work twice; after the work the browser
 * is redirected, so a refresh only reloads the page. Every refusal becomes a message on the page (the
 * domain has already put it on the audit trail), and an unexpected failure says honestly that the
 * work may or may not have been done.
 */
@ApplicationScoped
public class PageCommands {

    private static final Logger LOG = Logger.getLogger(PageCommands.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IdempotentRequests requests;

    /** A form's one-time token: a new one for every view of a page. */
    public static String newToken() {
        return UUID.randomUUID().toString();
    }

    /**
     * Runs {@code work} once for this user and form token and redirects to {@code page} with the
     * message it returned; on a refusal stays on the page with the reason.
     *
     * @param form what the user submitted (its JSON fingerprints the submission)
     * @return the navigation outcome
     */
    public String submit(
            AuthenticatedUser user, String token, String operation, Object form, String page, Supplier<String> work) {
        String message;
        try {
            IdempotentOutcome outcome =
                    requests.once(user.username(), "page:" + token, operation, JSONB.toJson(form), () -> {
                        String done = work.get();
                        return IdempotentOutcome.fresh(200, null, JSONB.toJson(Map.of("message", done)));
                    });
            message = messageOf(outcome);
        } catch (RuntimeException e) {
            refused(e);
            return null;
        }
        info(message);
        return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    @SuppressWarnings("unchecked")
    private static String messageOf(IdempotentOutcome outcome) {
        Map<String, String> body = JSONB.fromJson(outcome.body(), Map.class);
        String message = body.get("message");
        return outcome.replayed() ? message + " " + Texts.text("form.replayed") : message;
    }

    /**
     * Shows why the fund refused, or that something failed unexpectedly. A refused field (an {@link
     * InvalidInput} issue naming a field of the form) gets its message beside the field, which is
     * marked invalid; the rest goes to the top of the page.
     */
    public static void refused(RuntimeException e) {
        if (e instanceof InvalidInput invalid) {
            for (InvalidInput.Issue issue : invalid.issues()) {
                Forms.attach(
                        issue.field(), Texts.textOr("issue." + issue.field(), issue.field()) + ": " + issue.message());
            }
            if (invalid.issues().isEmpty()) {
                error(reason(e));
                return;
            }
            // each issue without a field of its own (a line of an upload) once, at the top
            invalid.issues().stream()
                    .filter(i -> !Forms.hasField(i.field()))
                    .forEach(i -> error(Texts.textOr("issue." + i.field(), i.field()) + ": " + i.message()));
            return;
        }
        error(reason(e));
    }

    /**
     * Why the fund refused, in the page's language: a refusal's rule has its sentence in the bundles
     * ({@code refusal.maker-checker}); in English, and where no sentence exists, the domain's own
     * account of it, which names the amounts and records involved.
     */
    public static String reason(RuntimeException e) {
        if (e instanceof InvalidInput invalid) {
            return invalid.issues().isEmpty()
                    ? invalid.getMessage()
                    : invalid.issues().stream()
                            .map(i -> Texts.textOr("issue." + i.field(), i.field()) + ": " + i.message())
                            .collect(java.util.stream.Collectors.joining("; "));
        }
        if (e instanceof RefusedRequest refusal) {
            boolean english = Languages.current().getLanguage().equals("en");
            String sentence = Texts.textOr("refusal." + refusal.rule(), null);
            return english || sentence == null ? e.getMessage() : sentence + " (" + e.getMessage() + ")";
        }
        if (e instanceof NotFound || e instanceof TooLarge) {
            return Languages.current().getLanguage().equals("en")
                    ? e.getMessage()
                    : Texts.text("refusal.not-found") + " (" + e.getMessage() + ")";
        }
        if (TransientConflict.isCause(e)) {
            return Texts.text("refusal.transient");
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure on a page, correlation id " + reference, e);
        return Texts.format("refusal.unexpected", reference);
    }

    /** A message for the page the browser is redirected to after the write. */
    public static void info(String text) {
        PendingNotices.leave(FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        String shown = text == null || text.isEmpty()
                ? Texts.text("refusal.generic")
                : Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, null));
    }
}

package org.migrationmptf.fund.web.pages;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.migrationmptf.fund.web.security.FundAuthenticationMechanism;

/** The sign-in form. The form is a Faces form, so it carries the view state (CSRF protection). */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    org.migrationmptf.fund.access.api.Authenticator authenticator;

    private String username;

    private String password;

    private String next;
    private boolean ended;
    private boolean expired;

    /** Whether the user arrives from the session-expired page. */
    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    /** Whether the user arrives because their session ended (password changed elsewhere, account disabled). */
    public boolean isEnded() {
        return ended;
    }

    public void setEnded(boolean ended) {
        this.ended = ended;
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        Object retryAfter =
                ((HttpServletRequest) external.getRequest()).getAttribute(FundAuthenticationMechanism.RETRY_AFTER);
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + destination());
            case SEND_CONTINUE -> faces.responseComplete();
            default ->
                faces.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                retryAfter != null
                                        ? Texts.format("login.throttled", retryAfter)
                                        : Texts.text("login.wrong"),
                                null));
        }
    }

    /** Where the user goes after signing in: the page asked for, else the home page of its role. */
    private String destination() {
        String asked = safeNext();
        if (!asked.equals("/")) {
            return asked;
        }
        return authenticator
                .currentUser(username)
                .map(u -> CurrentUser.homeOf(u) + ".xhtml")
                .orElse("/");
    }

    /** Only a path inside this application: never an open redirect. */
    public String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}

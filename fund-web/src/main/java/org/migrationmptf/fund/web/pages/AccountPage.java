package org.migrationmptf.fund.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.access.api.PasswordChange;
import org.migrationmptf.fund.access.api.SignIn;
import org.migrationmptf.fund.web.security.FundAuthenticationMechanism;

/**
 * The signed-in user's account: who they are, and the password change (required first when the
 * password is a one-time one). Changing it ends the user's other sessions; this one continues.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/account";

    @Inject
    PasswordChange passwords;

    @Inject
    Authenticator authenticator;

    @Inject
    PageCommands commands;

    @Inject
    CurrentUser currentUser;

    private final String token = PageCommands.newToken();
    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public boolean isPasswordChangeRequired() {
        return authenticator
                .session(currentUser.getUsername())
                .map(SignIn.Accepted::mustChangePassword)
                .orElse(false);
    }

    public String changePassword() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            PageCommands.error(Texts.text("account.mismatch"));
            return null;
        }
        // the token and a constant stand for the form: passwords never reach the idempotency store
        return commands.submit(
                currentUser.required(), token, "change password", Map.of("form", "password"), PAGE, () -> {
                    PasswordChange.Changed changed = passwords.change(
                            currentUser.required(),
                            currentPassword == null ? new char[0] : currentPassword.toCharArray(),
                            newPassword.toCharArray(),
                            OptionalLong.empty());
                    FundAuthenticationMechanism.sessionContinuesAtEpoch(
                            (HttpServletRequest) FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequest(),
                            changed.sessionEpoch());
                    return Texts.text("account.changed");
                });
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}

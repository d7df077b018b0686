package org.migrationmptf.fund.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.access.api.AccountDesk;
import org.migrationmptf.fund.access.api.AccountView;
import org.migrationmptf.fund.access.api.IssuedPassword;
import org.migrationmptf.fund.access.api.NewAccount;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * The administrator's user accounts: create one (its one-time password is shown once, after the
 * redirect, through the flash scope), disable and enable, give another role, reset the password.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/admin/users";
    static final String ISSUED = "fund.issuedPassword";

    @Inject
    AccountDesk accounts;

    @Inject
    PageCommands commands;

    @Inject
    CurrentUser currentUser;

    private final String token = PageCommands.newToken();
    private boolean issuedTaken;
    private transient String issuedPassword;
    private String username;
    private String displayName;
    private Role role = Role.FUND_OFFICER;
    private String actsFor;
    private final HashMap<String, Role> newRoles = new HashMap<>();
    private final HashMap<String, String> newActsFor = new HashMap<>();

    /** The accounts, each role menu showing the account's role until the administrator picks another. */
    public List<AccountView> getAccounts() {
        List<AccountView> all =
                new ArrayList<>(accounts.accounts(new PageRequest(0, 500, null, false), currentUser.required())
                        .items());
        for (AccountView account : all) {
            newRoles.putIfAbsent(account.username(), account.role());
            newActsFor.putIfAbsent(
                    account.username(),
                    account.contributorCode() != null ? account.contributorCode() : account.organizationCode());
        }
        return all;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    /** The one-time password issued by the last action, shown once (it lives in the flash scope). */
    public String getIssuedPassword() {
        Object issued = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .get(ISSUED);
        return issued == null ? null : issued.toString();
    }

    private static void showOnce(IssuedPassword issued) {
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .put(ISSUED, issued.account().username() + ": " + issued.oneTimePassword());
    }

    public String create() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", displayName);
        form.put("role", String.valueOf(role));
        form.put("actsFor", actsFor);
        return commands.submit(currentUser.required(), token, "create account", form, PAGE, () -> {
            IssuedPassword issued = accounts.create(
                    new NewAccount(username, displayName, role, actsFor == null || actsFor.isBlank() ? null : actsFor),
                    currentUser.required());
            showOnce(issued);
            return "Account " + issued.account().username() + " created. Give the user the one-time password below;"
                    + " it is shown only now, and must be changed at the first sign-in";
        });
    }

    public String disable(String account) {
        return commands.submit(
                currentUser.required(), token, "disable " + account, Map.of("account", account), PAGE, () -> {
                    accounts.disable(account, OptionalLong.empty(), currentUser.required());
                    return "Account " + account + " disabled; its sessions have ended";
                });
    }

    public String enable(String account) {
        return commands.submit(
                currentUser.required(), token, "enable " + account, Map.of("account", account), PAGE, () -> {
                    accounts.enable(account, OptionalLong.empty(), currentUser.required());
                    return "Account " + account + " enabled";
                });
    }

    public String assign(String account) {
        Role newRole = newRoles.get(account);
        String party = newActsFor.get(account);
        return commands.submit(
                currentUser.required(),
                token,
                "assign role " + account,
                Map.of("account", account, "role", String.valueOf(newRole), "actsFor", String.valueOf(party)),
                PAGE,
                () -> {
                    AccountView changed = accounts.assignRole(
                            account,
                            newRole,
                            party == null || party.isBlank() ? null : party,
                            OptionalLong.empty(),
                            currentUser.required());
                    return "Account " + account + " now has the role " + changed.role();
                });
    }

    public String reset(String account) {
        return commands.submit(
                currentUser.required(), token, "reset " + account, Map.of("account", account), PAGE, () -> {
                    IssuedPassword issued =
                            accounts.resetPassword(account, OptionalLong.empty(), currentUser.required());
                    showOnce(issued);
                    return "A new one-time password was issued to " + account + "; their sessions have ended";
                });
    }

    public Map<String, Role> getNewRoles() {
        return newRoles;
    }

    public Map<String, String> getNewActsFor() {
        return newActsFor;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getActsFor() {
        return actsFor;
    }

    public void setActsFor(String actsFor) {
        this.actsFor = actsFor;
    }
}

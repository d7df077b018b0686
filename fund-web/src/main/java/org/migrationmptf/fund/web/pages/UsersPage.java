package org.migrationmptf.fund.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.migrationmptf.fund.access.api.AccountDesk;
import org.migrationmptf.fund.access.api.AccountView;
import org.migrationmptf.fund.access.api.IssuedPassword;
import org.migrationmptf.fund.access.api.NewAccount;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.Page;

/**
 * The administrator's user accounts: create one (its one-time password is shown once, after the
 * redirect, through the flash scope), disable and enable, give another role, reset the password.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable, Downloadable {

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
    private PagedTable<AccountView> table;

    /** The accounts, a page at a time; each role menu shows the account's role until the administrator picks another. */
    public PagedTable<AccountView> getAccounts() {
        if (table == null) {
            table = new PagedTable<>(
                    page -> {
                        Page<AccountView> accountsPage = accounts.accounts(page, currentUser.required());
                        for (AccountView account : accountsPage.items()) {
                            newRoles.putIfAbsent(account.username(), account.role());
                            newActsFor.putIfAbsent(
                                    account.username(),
                                    account.contributorCode() != null
                                            ? account.contributorCode()
                                            : account.organizationCode());
                        }
                        return accountsPage;
                    },
                    java.util.Set.of(),
                    null,
                    false);
        }
        return table;
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        if (!name.equals("accounts")) {
            return Optional.empty();
        }
        return Optional.of(Sheet.paged(
                "accounts",
                Texts.text("users.accounts"),
                List.of(
                        Column.text(Texts.text("users.username")),
                        Column.text(Texts.text("users.displayName")),
                        Column.text(Texts.text("users.role")),
                        Column.text(Texts.text("users.actsFor")),
                        Column.text(Texts.text("users.state"))),
                page -> accounts.accounts(page, currentUser.required()),
                null,
                false,
                u -> java.util.Arrays.asList(
                        u.username(),
                        u.displayName(),
                        u.role().name(),
                        u.contributorCode() != null ? u.contributorCode() : u.organizationCode(),
                        Texts.text(u.enabled() ? "users.enabledState" : "users.disabledState"))));
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
            return Texts.format("users.created", issued.account().username());
        });
    }

    public String disable(String account) {
        return commands.submit(
                currentUser.required(), token, "disable " + account, Map.of("account", account), PAGE, () -> {
                    accounts.disable(account, OptionalLong.empty(), currentUser.required());
                    return Texts.format("users.disabled", account);
                });
    }

    public String enable(String account) {
        return commands.submit(
                currentUser.required(), token, "enable " + account, Map.of("account", account), PAGE, () -> {
                    accounts.enable(account, OptionalLong.empty(), currentUser.required());
                    return Texts.format("users.enabled", account);
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
                    return Texts.format("users.assigned", account, Texts.text("role." + changed.role()));
                });
    }

    public String reset(String account) {
        return commands.submit(
                currentUser.required(), token, "reset " + account, Map.of("account", account), PAGE, () -> {
                    IssuedPassword issued =
                            accounts.resetPassword(account, OptionalLong.empty(), currentUser.required());
                    showOnce(issued);
                    return Texts.format("users.reset", account);
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

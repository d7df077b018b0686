package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorDesk;
import org.migrationmptf.fund.contribution.api.ContributorKind;
import org.migrationmptf.fund.contribution.api.ContributorRow;
import org.migrationmptf.fund.contribution.api.ContributorSummary;
import org.migrationmptf.fund.contribution.api.NewContributor;

/** Administrative Agent finance registers contributors and keeps their published names. */
@Named
@ViewScoped
public class ContributorsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/finance/contributors";

    @Inject
    ContributionRegister register;

    @Inject
    ContributorDesk desk;

    @Inject
    PageCommands commands;

    @Inject
    CurrentUser currentUser;

    private final String token = PageCommands.newToken();
    private String code;
    private ContributorKind kind = ContributorKind.MEMBER_STATE;
    private String name;
    private String countryIso3;
    private final HashMap<String, String> newNames = new HashMap<>();
    private PagedTable<ContributorRow> table;

    @Inject
    Clock clock;

    /** The registered contributors, a page at a time, sorted in the database. */
    public PagedTable<ContributorRow> getContributors() {
        if (table == null) {
            table = new PagedTable<>(
                    page -> register.contributorRoll(null, page, LocalDate.now(clock), currentUser.required()),
                    ContributionRegister.CONTRIBUTOR_ROLL_SORTS,
                    "name",
                    false);
        }
        return table;
    }

    public ContributorKind[] getKinds() {
        return ContributorKind.values();
    }

    public String registerContributor() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("kind", String.valueOf(kind));
        form.put("name", name);
        form.put("countryIso3", countryIso3);
        return commands.submit(currentUser.required(), token, "register contributor", form, PAGE, () -> {
            ContributorSummary created = desk.register(
                    new NewContributor(
                            code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT),
                            kind,
                            name,
                            countryIso3 == null || countryIso3.isBlank()
                                    ? null
                                    : countryIso3.trim().toUpperCase(java.util.Locale.ROOT)),
                    currentUser.required());
            return Texts.format("register.registeredDone", created.code(), created.name());
        });
    }

    public String rename(String contributorCode) {
        String newName = newNames.get(contributorCode);
        return commands.submit(
                currentUser.required(),
                token,
                "rename contributor",
                Map.of("code", contributorCode, "name", String.valueOf(newName)),
                PAGE,
                () -> {
                    ContributorSummary renamed =
                            desk.rename(contributorCode, newName, OptionalLong.empty(), currentUser.required());
                    return Texts.format("register.renamed", renamed.code(), renamed.name());
                });
    }

    public Map<String, String> getNewNames() {
        return newNames;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ContributorKind getKind() {
        return kind;
    }

    public void setKind(ContributorKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountryIso3() {
        return countryIso3;
    }

    public void setCountryIso3(String countryIso3) {
        this.countryIso3 = countryIso3;
    }
}

package org.migrationmptf.fund.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.identity.api.Role;

class UserAccountTest {

    @Test
    void aContributorAccountIsBoundToExactlyOneContributor() {
        UserAccount donor = new UserAccount("deu.viewer", "Germany", "h", EnumSet.of(Role.CONTRIBUTOR), "DEU", null);
        assertThat(donor.contributorCode()).contains("DEU");

        assertThatThrownBy(() -> new UserAccount("x.viewer", "X", "h", EnumSet.of(Role.CONTRIBUTOR), null, null))
                .hasMessageContaining("acts for a contributor");
        assertThatThrownBy(() -> new UserAccount("finance", "F", "h", EnumSet.of(Role.AA_FINANCE), "DEU", null))
                .hasMessageContaining("acts for a contributor");
    }

    @Test
    void aPunoReporterIsBoundToExactlyOneOrganization() {
        assertThatThrownBy(() -> new UserAccount("iom.rep", "IOM", "h", EnumSet.of(Role.PUNO_REPORTER), null, null))
                .hasMessageContaining("acts for a Participating UN Organization");
        assertThat(new UserAccount("iom.rep", "IOM", "h", EnumSet.of(Role.PUNO_REPORTER), null, "IOM")
                        .organizationCode())
                .contains("IOM");
    }

    @Test
    void usernamesAndRolesAreRequired() {
        assertThatThrownBy(() -> new UserAccount("A B", "x", "h", EnumSet.of(Role.AUDITOR), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UserAccount("auditor", "x", "h", EnumSet.noneOf(Role.class), null, null))
                .hasMessageContaining("needs a role");
    }

    @Test
    void aCreatedAccountMustChangeItsOneTimePasswordAndEveryPasswordEventEndsOlderSessions() {
        UserAccount account = UserAccount.create("kim.officer", "Kim", Role.FUND_OFFICER, null, null, "h1", "admin");
        assertThat(account.mustChangePassword()).isTrue();
        long epoch = account.sessionEpoch();

        account.replacePasswordHash("h2");
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.sessionEpoch()).isEqualTo(epoch + 1);

        account.resetTo("h3");
        assertThat(account.mustChangePassword()).isTrue();
        account.disable();
        assertThat(account.isEnabled()).isFalse();
        assertThat(account.sessionEpoch()).isEqualTo(epoch + 3);
        assertThatThrownBy(account::disable).hasMessageContaining("already disabled");
        account.enable();
        assertThat(account.isEnabled()).isTrue();
    }

    @Test
    void anAssignedRoleReplacesTheOldOneAndKeepsTheBindingRule() {
        UserAccount account = UserAccount.create("kim", "Kim", Role.FUND_OFFICER, null, null, "h", "admin");

        account.assign(Role.CONTRIBUTOR, "NOR", null);
        assertThat(account.roles()).containsExactly(Role.CONTRIBUTOR);
        assertThat(account.contributorCode()).contains("NOR");
        assertThatThrownBy(() -> account.assign(Role.PUNO_REPORTER, null, null))
                .hasMessageContaining("acts for a Participating UN Organization");
        assertThat(account.roles()).as("a refused assignment changes nothing").containsExactly(Role.CONTRIBUTOR);
    }
}

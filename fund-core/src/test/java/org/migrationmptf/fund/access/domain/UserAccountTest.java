package org.migrationmptf.fund.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.access.api.Role;

class UserAccountTest {

    @Test
    void aContributorAccountIsBoundToExactlyOneContributor() {
        UserAccount donor = new UserAccount("deu.viewer", "Germany", "h", EnumSet.of(Role.CONTRIBUTOR), "DEU", null);
        assertThat(donor.contributorCode()).contains("DEU");

        assertThatThrownBy(() -> new UserAccount("x.viewer", "X", "h", EnumSet.of(Role.CONTRIBUTOR), null, null))
                .hasMessageContaining("bound to a contributor");
        assertThatThrownBy(() -> new UserAccount("finance", "F", "h", EnumSet.of(Role.AA_FINANCE), "DEU", null))
                .hasMessageContaining("bound to a contributor");
    }

    @Test
    void aPunoReporterIsBoundToExactlyOneOrganization() {
        assertThatThrownBy(() -> new UserAccount("iom.rep", "IOM", "h", EnumSet.of(Role.PUNO_REPORTER), null, null))
                .hasMessageContaining("bound to an organization");
        assertThat(new UserAccount("iom.rep", "IOM", "h", EnumSet.of(Role.PUNO_REPORTER), null, "IOM")
                        .organizationCode())
                .contains("IOM");
    }

    @Test
    void usernamesAndRolesAreRequired() {
        assertThatThrownBy(() -> new UserAccount("A B", "x", "h", EnumSet.of(Role.AUDITOR), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UserAccount("auditor", "x", "h", EnumSet.noneOf(Role.class), null, null))
                .hasMessageContaining("at least one role");
    }
}

package org.migrationmptf.fund.identity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The permission table states design.md invariant 14: the auditor and the administrator change no financial data. */
class PermissionTest {

    @ParameterizedTest(name = "{0} holds no financial permission")
    @EnumSource(
            value = Role.class,
            names = {"AUDITOR", "ADMIN"})
    void theAuditorAndTheAdministratorHoldNoFinancialPermission(Role role) {
        assertThat(Arrays.stream(Permission.values()).filter(Permission::isFinancial))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.allows(role)).as(p.name()).isFalse());
    }

    @Test
    void theAuditorMayChangeOnlyItsOwnPassword() {
        AuthenticatedUser auditor = new AuthenticatedUser("auditor", "A", Set.of(Role.AUDITOR), null, null);

        assertThat(Arrays.stream(Permission.values()).filter(auditor::may))
                .containsExactly(Permission.CHANGE_OWN_PASSWORD);
    }

    @Test
    void onlyTheAdministratorManagesAccounts() {
        EnumSet<Permission> accounts = EnumSet.of(
                Permission.CREATE_ACCOUNT,
                Permission.DISABLE_ACCOUNT,
                Permission.ENABLE_ACCOUNT,
                Permission.ASSIGN_ROLE,
                Permission.RESET_PASSWORD);
        assertThat(accounts).allSatisfy(p -> assertThat(p.roles()).containsExactly(Role.ADMIN));
        assertThat(accounts).noneMatch(Permission::isFinancial);
    }

    @Test
    void aRoleWithoutThePermissionIsRefusedNamingWhoMay() {
        AuthenticatedUser admin = new AuthenticatedUser("admin", "A", Set.of(Role.ADMIN), null, null);

        assertThatThrownBy(() -> admin.require(Permission.POST_INTEREST))
                .isInstanceOfSatisfying(NotPermitted.class, e -> {
                    assertThat(e.rule()).isEqualTo("wrong-role");
                    assertThat(e.getMessage()).isEqualTo("admin (ADMIN) may not post interest; that is for AA_FINANCE");
                });
    }

    @Test
    void everyPermissionNamesItsOwnAuditEvent() {
        assertThat(Arrays.stream(Permission.values()).map(Permission::event).distinct())
                .hasSize(Permission.values().length);
    }
}

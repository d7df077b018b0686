package org.migrationmptf.fund.access.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductionSafetyCheckTest {

    @Test
    void productionRefusesDemoDataAndDemoAccounts() {
        assertThatThrownBy(() -> ProductionSafetyCheck.refuseUnsafeProductionStart(true, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fund.demo-data=true");
        assertThatThrownBy(() -> ProductionSafetyCheck.refuseUnsafeProductionStart(false, 9))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("9 demo accounts");
        assertThatCode(() -> ProductionSafetyCheck.refuseUnsafeProductionStart(false, 0))
                .doesNotThrowAnyException();
    }

    @Test
    void theFirstAdministratorNeedsAStrongNonDefaultPassword() {
        assertThatThrownBy(() -> ProductionSafetyCheck.requireStrongPassword("short"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ProductionSafetyCheck.requireStrongPassword("Password-2026-long"))
                .hasMessageContaining("must not contain");
        assertThatThrownBy(() -> ProductionSafetyCheck.requireStrongPassword("migration-demo-2026"))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> ProductionSafetyCheck.requireStrongPassword("t7#Vq9!rLm2@xK"))
                .doesNotThrowAnyException();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "profile \"{0}\" refuses to start")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"prod", "Production", "demo ", "", "test"})
    void anUnknownProfileRefusesToStart(String profile) {
        assertThatThrownBy(() -> ProductionSafetyCheck.requireKnownProfile(profile))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be one of [demo, production]");
    }

    @Test
    void theTwoKnownProfilesStart() {
        assertThatCode(() -> ProductionSafetyCheck.requireKnownProfile("production"))
                .doesNotThrowAnyException();
        assertThatCode(() -> ProductionSafetyCheck.requireKnownProfile("demo")).doesNotThrowAnyException();
    }

    @Test
    void aCommonPasswordDressedUpIsStillCommon() {
        org.assertj.core.api.Assertions.assertThat(PasswordRules.isCommon("Sunshine2026!", "kim"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(PasswordRules.isCommon("kim.officer-2026", "kim.officer"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(PasswordRules.isCommon("a river of stones 4711", "kim"))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(PasswordRules.commonPasswords())
                .isGreaterThan(49_000);
    }
}

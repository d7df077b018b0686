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
}

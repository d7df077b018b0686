package org.migrationmptf.fund;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * The module rules of fund-core, executable: a domain is used by others only through its
 * {@code api}; {@code domain} never reaches into {@code internal}; the shared kernel depends on no
 * domain; there are no package cycles; and no field anywhere is a binary floating-point number.
 */
class ModuleBoundariesTest {

    private static final JavaClasses FUND = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.migrationmptf.fund");

    static List<String> domains() {
        return List.of(
                "reference",
                "identity",
                "access",
                "ledger",
                "contribution",
                "approval",
                "audit",
                "idempotency",
                "programme",
                "disbursement");
    }

    /**
     * Every state-changing method of the fund is a method of a {@code *Desk} interface, and each
     * takes the acting user: no path can change state without saying who acts, so the service can
     * check the role (invariant 14).
     */
    @Test
    void everyMethodOfADeskTakesTheActingUser() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .haveSimpleNameEndingWith("Desk")
                .and()
                .areDeclaredInClassesThat()
                .areInterfaces()
                .should(new ArchCondition<JavaMethod>("take the acting user (an AuthenticatedUser parameter)") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean takesUser = method.getRawParameterTypes().stream()
                                .anyMatch(t -> t.isEquivalentTo(AuthenticatedUser.class));
                        if (!takesUser) {
                            events.add(SimpleConditionEvent.violated(
                                    method, method.getFullName() + " does not take the acting user"));
                        }
                    }
                })
                .check(FUND);
    }

    /** Every implementation of a desk runs its writes through the audited commands (role check, audit). */
    @Test
    void everyDeskRunsItsWritesAsAuditedCommands() {
        classes()
                .that()
                .implement(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a *Desk interface",
                        (com.tngtech.archunit.core.domain.JavaClass c) ->
                                c.isInterface() && c.getSimpleName().endsWith("Desk")))
                .should()
                .dependOnClassesThat()
                .areAssignableTo(AuditedCommands.class)
                .check(FUND);
    }

    /**
     * A done event reaches the audit trail only through the audited command runner, which checked the
     * acting user's permission first: no service appends one of its own.
     */
    @Test
    void onlyTheCommandRunnerRecordsDoneEvents() {
        noClasses()
                .that()
                .doNotHaveSimpleName("AuditedCommandRunner")
                .should()
                .callMethod(AuditTrail.class, "record", AuditRecord.class)
                .check(FUND);
    }

    @ParameterizedTest(name = "{0} is used by other domains only through its api")
    @MethodSource("domains")
    void otherDomainsUseOnlyTheApi(String domain) {
        String base = "org.migrationmptf.fund." + domain;
        noClasses()
                .that()
                .resideOutsideOfPackage(base + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(base + ".domain..", base + ".internal..")
                .allowEmptyShould(true)
                .check(FUND);
    }

    @ParameterizedTest(name = "{0}: api and domain do not depend on internal")
    @MethodSource("domains")
    void implementationsStayInternal(String domain) {
        String base = "org.migrationmptf.fund." + domain;
        noClasses()
                .that()
                .resideInAnyPackage(base + ".api..", base + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(base + ".internal..")
                .allowEmptyShould(true)
                .check(FUND);
    }

    @Test
    void theSharedKernelDependsOnNoDomain() {
        classes()
                .that()
                .resideInAPackage("org.migrationmptf.fund.shared..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.migrationmptf.fund.shared..", "java..")
                .check(FUND);
    }

    @Test
    void domainPackagesAreFreeOfCycles() {
        slices().matching("org.migrationmptf.fund.(*)..")
                .should()
                .beFreeOfCycles()
                .check(FUND);
    }

    @Test
    void noMoneyInBinaryFloatingPoint() {
        noFields()
                .should()
                .haveRawType(double.class)
                .orShould()
                .haveRawType(float.class)
                .orShould()
                .haveRawType(Double.class)
                .orShould()
                .haveRawType(Float.class)
                .check(FUND);
    }
}

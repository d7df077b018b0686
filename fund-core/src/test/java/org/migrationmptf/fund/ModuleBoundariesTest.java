package org.migrationmptf.fund;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
        return List.of("reference", "access", "ledger", "contribution", "grant", "audit", "idempotency");
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

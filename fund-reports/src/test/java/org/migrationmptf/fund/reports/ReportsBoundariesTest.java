package org.migrationmptf.fund.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** fund-reports reads fund-core only through the domains' api packages and the shared kernel. */
class ReportsBoundariesTest {

    private static final JavaClasses REPORTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.migrationmptf.fund.reports");

    @Test
    void reportsUseOnlyTheDomainsApi() {
        noClasses()
                .that()
                .resideInAPackage("org.migrationmptf.fund.reports..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                                "org.migrationmptf.fund.*.domain..",
                                "org.migrationmptf.fund.*.internal..",
                                "org.migrationmptf.fund.platform..",
                                "org.migrationmptf.fund.web..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("org.migrationmptf.fund.reports..")))
                .check(REPORTS);
    }

    @Test
    void theReportsApiDoesNotExposeJasperReports() {
        noClasses()
                .that()
                .resideInAPackage("org.migrationmptf.fund.reports.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("net.sf.jasperreports..", "org.migrationmptf.fund.reports.internal..")
                .check(REPORTS);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.migrationmptf.fund.reports.(*)..")
                .should()
                .beFreeOfCycles()
                .check(REPORTS);
    }
}

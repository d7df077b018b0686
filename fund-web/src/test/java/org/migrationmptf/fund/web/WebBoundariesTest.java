package org.migrationmptf.fund.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

/**
 * fund-web is thin: it uses fund-core and fund-reports only through their api packages, never
 * entities or implementations, and every REST method states who may call it.
 */
class WebBoundariesTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.migrationmptf.fund.web");

    @Test
    void theWebUsesOnlyTheApis() {
        noClasses()
                .that()
                .resideInAPackage("org.migrationmptf.fund.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.migrationmptf.fund.*.domain..",
                        "org.migrationmptf.fund.*.internal..",
                        "org.migrationmptf.fund.platform..",
                        "org.migrationmptf.fund.reports.internal..")
                .check(WEB);
    }

    @Test
    void everyRestMethodDeclaresItsRoles() {
        methods()
                .that()
                .areAnnotatedWith(GET.class)
                .or()
                .areAnnotatedWith(POST.class)
                .or()
                .areAnnotatedWith(PUT.class)
                .or()
                .areAnnotatedWith(PATCH.class)
                .or()
                .areAnnotatedWith(DELETE.class)
                .should(declareWhoMayCallThem())
                .check(WEB);
    }

    /** @RolesAllowed or @PermitAll on the method, or on its resource class for all its methods. */
    private static ArchCondition<JavaMethod> declareWhoMayCallThem() {
        return new ArchCondition<>("declare @RolesAllowed or @PermitAll on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = method.isAnnotatedWith(RolesAllowed.class)
                        || method.isAnnotatedWith(PermitAll.class)
                        || method.getOwner().isAnnotatedWith(RolesAllowed.class)
                        || method.getOwner().isAnnotatedWith(PermitAll.class);
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " does not say who may call it"));
                }
            }
        };
    }

    @Test
    void resourcesNeverExposeEntities() {
        noClasses()
                .that()
                .resideInAPackage("org.migrationmptf.fund.web.api..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(WEB);
    }
}

package org.migrationmptf.fund.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API description is built from every resource, with the statuses each operation can answer. */
class ApiDescriptionTest {

    @Test
    void everyResourceOfTheApiIsDescribed() {
        var resources = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.migrationmptf.fund.web.api")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(Path.class))
                        .map(JavaClass::reflect)
                        .toList();
        assertThat(resources).isNotEmpty();
        assertThat(ApiDescription.RESOURCES).containsExactlyInAnyOrderElementsOf(resources);
    }

    @Test
    void aMoneyMovingPostIsSecuredAndAnswersEveryWriteProblem() {
        Map<String, Method> index = ApiDescription.index();
        String key = "POST /api/v1/agreements/{id}/deposits";
        Method record = index.get(key);

        assertThat(record).isNotNull();
        assertThat(ApiDescription.roles(record))
                .hasValueSatisfying(r -> assertThat(r).containsExactly("AA_FINANCE"));
        assertThat(ApiDescription.statuses(key, record, true))
                .containsExactly("400", "401", "403", "404", "409", "412", "413", "415", "422", "429", "500");
        assertThat(ApiDescription.EXAMPLES).containsKey(key);
        assertThat(ApiDescription.EXAMPLES.keySet())
                .allSatisfy(k -> assertThat(index).containsKey(k));
    }

    @Test
    void aPublicReadHasNoSecurityAndOnlyTheReadProblems() {
        String key = "GET /api/v1/contributors";
        Method list = ApiDescription.index().get(key);

        assertThat(list).isNotNull();
        assertThat(ApiDescription.roles(list)).isEmpty();
        assertThat(ApiDescription.statuses(key, list, false)).containsExactly("400", "500");
    }
}

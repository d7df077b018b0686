package org.migrationmptf.fund.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Flyway versions are global across the domain folders: two folders giving the same version stop
 * the application at start-up ("Found more than one migration with version"), so the build says so
 * first, for each database's set of folders.
 */
class SchemaMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void everyMigrationOfADatabaseHasAVersionOfItsOwn(String vendor) throws IOException, URISyntaxException {
        List<String> versions = new ArrayList<>();
        for (String location : SchemaMigration.locationsFor(vendor)) {
            String folder = location.substring("classpath:".length());
            URL url = getClass().getClassLoader().getResource(folder);
            assertThat(url).as(folder + " is on the class path").isNotNull();
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.map(f -> f.getFileName().toString())
                        .filter(name -> name.startsWith("V") && name.endsWith(".sql"))
                        .map(name -> name.substring(1, name.indexOf("__")) + " (" + folder + ")")
                        .forEach(versions::add);
            }
        }
        Map<String, List<String>> byVersion = versions.stream()
                .collect(Collectors.groupingBy(v -> v.substring(0, v.indexOf(' ')), Collectors.toList()));
        assertThat(byVersion.values().stream().filter(v -> v.size() > 1).map(Function.identity()))
                .as("versions given twice")
                .isEmpty();
        assertThat(versions).hasSizeGreaterThan(30);
    }
}

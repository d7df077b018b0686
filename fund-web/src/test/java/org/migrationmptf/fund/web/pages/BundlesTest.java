package org.migrationmptf.fund.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmptf.fund.audit.api.ReportStanding;
import org.migrationmptf.fund.contribution.api.ContributorKind;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.ledger.api.PeriodStatus;
import org.migrationmptf.fund.reports.funding.FundingFlows;
import org.migrationmptf.fund.reports.funding.FundingStatus;
import org.migrationmptf.fund.shared.ConvertedAmount;

/**
 * Every text the pages and the contributor statement show exists in English, French and Spanish: the
 * three bundles hold the same keys with the same placeholders, and every key a page, a bean or an
 * enum-driven label asks for is in them. A key added in one language only, or a page asking for a key
 * nobody wrote, fails here rather than showing {@code ???key???} to a donor.
 */
class BundlesTest {

    private static final String WEB = "org/migrationmptf/fund/web/i18n/messages";
    private static final String REPORTS = "org/migrationmptf/fund/reports/i18n/reports";
    private static final List<String> TRANSLATIONS = List.of("fr", "es");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @ParameterizedTest
    @ValueSource(strings = {WEB, REPORTS})
    void frenchAndSpanishHoldExactlyTheEnglishKeysWithTheSamePlaceholders(String bundle) {
        Properties english = load(bundle + ".properties");
        assertThat(english).as(bundle).hasSizeGreaterThan(10);
        for (String language : TRANSLATIONS) {
            Properties translated = load(bundle + "_" + language + ".properties");
            assertThat(translated.stringPropertyNames())
                    .as("%s_%s keys", bundle, language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                assertThat(text).as("%s_%s %s", bundle, language, key).isNotBlank();
                assertThat(placeholders(text))
                        .as("placeholders of %s in %s", key, language)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @Test
    void aTranslationIsNotTheEnglishTextCopied() {
        Properties english = load(WEB + ".properties");
        for (String language : TRANSLATIONS) {
            Properties translated = load(WEB + "_" + language + ".properties");
            long copied = english.stringPropertyNames().stream()
                    .filter(k -> english.getProperty(k).length() > 12)
                    .filter(k -> english.getProperty(k).equals(translated.getProperty(k)))
                    .count();
            assertThat(copied)
                    .as("English sentences left untranslated in %s", language)
                    .isZero();
        }
    }

    @Test
    void everyKeyThePagesAndBeansNameExists() throws IOException {
        Properties english = load(WEB + ".properties");
        Set<String> named = new TreeSet<>();
        named.addAll(matches(Path.of("src/main/webapp"), ".xhtml", Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]")));
        named.addAll(matches(
                Path.of("src/main/java"),
                ".java",
                Pattern.compile("Texts\\.(?:text|format|textOr)\\(\\s*\"([A-Za-z0-9_.-]+)\"")));
        named.addAll(
                matches(Path.of("src/main/java"), ".java", Pattern.compile("\"((?:nav|dashboard)\\.[A-Za-z0-9]+)\"")));
        // a literal ending in "." is the prefix of a key built from an enum, checked below
        named.removeIf(key -> key.endsWith("."));
        assertThat(named).as("keys named by pages and beans").hasSizeGreaterThan(100);
        assertThat(missing(named, english)).as("keys no bundle has").isEmpty();
    }

    @Test
    void everyKeyTheReportsNameExists() throws IOException {
        Properties reports = load(REPORTS + ".properties");
        Set<String> named = matches(
                Path.of("../fund-reports/src/main/java/org/migrationmptf/fund/reports/internal"),
                ".java",
                Pattern.compile("(?<!Column)\\.(?:text|format)\\(\\s*\"([A-Za-z0-9_.-]+)\""));
        // a literal ending in "." is the prefix of a key built from a line, section or standing: listed here
        named.removeIf(key -> key.endsWith("."));
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        FundingStatus table =
                FundingStatus.of(new FundingFlows(zero, zero, zero, zero, zero, zero, zero, zero, zero, zero));
        for (FundingStatus.Line line : table.lines()) {
            named.add("fs.line." + line.key());
            named.add("fs.section." + line.section());
            if (line.kind() == FundingStatus.Kind.BALANCE) {
                named.add("fs.percent." + line.key());
            }
        }
        Stream.of(ReportStanding.values()).forEach(s -> named.add("fs.standing." + s));
        assertThat(named).as("keys named by the reports").hasSizeGreaterThan(40);
        assertThat(missing(named, reports)).as("report keys no bundle has").isEmpty();
    }

    @Test
    void everyLabelBuiltFromAnEnumOrAStatusExists() {
        Properties english = load(WEB + ".properties");
        List<String> keys = new ArrayList<>();
        Stream.of(Role.values()).forEach(r -> keys.add("role." + r.name()));
        Stream.of(Role.FUND_OFFICER, Role.FUND_APPROVER, Role.PUNO_REPORTER).forEach(r -> keys.add("work." + r));
        Stream.of(DepositStatus.values()).forEach(s -> keys.add("deposit.status." + s.name()));
        Stream.of(PeriodStatus.values()).forEach(s -> keys.add("period.status." + s.name()));
        Stream.of(ConvertedAmount.RateSource.values()).forEach(s -> keys.add("rateSource." + s.name()));
        Stream.of(ContributorKind.values()).forEach(k -> keys.add("contributorKind." + k.name()));
        ErrorPage.EXPLAINED.forEach(status -> {
            keys.add("error.title." + status);
            keys.add("error.text." + status);
        });
        Languages.SUPPORTED.forEach(l -> keys.add("lang." + l.getLanguage()));
        Stream.of(org.migrationmptf.fund.programme.api.DecisionProcedure.values())
                .forEach(k -> keys.add("decisionProcedure." + k.name()));
        Stream.of(org.migrationmptf.fund.programme.api.DecisionType.values())
                .forEach(t -> keys.add("decisionType." + t.name()));
        keys.add("window.PROGRAMMATIC");
        keys.add("window.TECHNICAL_SUPPORT");
        assertThat(missing(keys, english)).as("labels no bundle has").isEmpty();
    }

    @Test
    void theSupportedLanguagesAreTheThreeOfTheBundles() {
        assertThat(Languages.SUPPORTED).extracting(Locale::getLanguage).containsExactly("en", "fr", "es");
    }

    private static List<String> missing(java.util.Collection<String> keys, Properties bundle) {
        return keys.stream().filter(k -> !bundle.containsKey(k)).sorted().toList();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static Properties load(String resource) {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.migrationmptf.fund.contribution.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.migrationmptf.fund.contribution.api.ContributorKind;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;

/**
 * A contributor to the fund: a member state (its code is its ISO 3166 alpha-3 code), an
 * intergovernmental body, a private or other donor, with its name as the fund publishes it.
 *
 * <p>Life cycle: registered by Administrative Agent finance ({@link #register}); renamed when the
 * published name changes ({@link #rename}), never re-coded (its agreements, deposits and ledger lines
 * carry the code).
 */
@Entity
@Table(name = "contributor")
public class Contributor {

    private static final Set<String> ISO_3166_ALPHA_3 =
            Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ContributorKind kind;

    @Column(name = "country_iso3")
    private String countryIso3;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "registered_by")
    private String registeredBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Contributor() {}

    /**
     * A new contributor. A member state's code is its ISO 3166 alpha-3 code (and its country);
     * others have a code of 2 to 20 capitals, digits or hyphens and may name a country.
     */
    public static Contributor register(
            String code, ContributorKind kind, String name, String countryIso3, String registeredBy) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw invalid("code", "use 2 to 20 capital letters, digits or hyphens, starting with a letter");
        }
        if (countryIso3 != null && !ISO_3166_ALPHA_3.contains(countryIso3)) {
            throw invalid("countryIso3", "'" + countryIso3 + "' is not an ISO 3166 alpha-3 country code");
        }
        if (kind == ContributorKind.MEMBER_STATE) {
            if (!ISO_3166_ALPHA_3.contains(code)) {
                throw invalid("code", "a member state's code is its ISO 3166 alpha-3 code; '" + code + "' is not one");
            }
            if (countryIso3 != null && !countryIso3.equals(code)) {
                throw new DomainRuleViolation(
                        "member-state-country", "a member state's country is itself: " + code + ", not " + countryIso3);
            }
            countryIso3 = code;
        }
        Contributor contributor = new Contributor();
        contributor.code = code;
        contributor.kind = kind;
        contributor.name = name;
        contributor.countryIso3 = countryIso3;
        contributor.registeredBy = registeredBy;
        return contributor;
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput(
                "the request's " + field + " is not valid", List.of(new InvalidInput.Issue(field, message)));
    }

    /** The name the fund publishes from now on. */
    public void rename(String newName) {
        if (newName.equals(name)) {
            throw new DomainRuleViolation("name-unchanged", "contributor " + code + " is already called " + name);
        }
        this.name = newName;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ContributorKind kind() {
        return kind;
    }

    public String countryIso3() {
        return countryIso3;
    }

    public long version() {
        return version;
    }
}

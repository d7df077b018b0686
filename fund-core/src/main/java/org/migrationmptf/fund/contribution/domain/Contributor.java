package org.migrationmptf.fund.contribution.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A contributor to the fund: a member state (ISO 3166 alpha-3 code), an intergovernmental body, a
 * private or other donor, with its name as the fund publishes it.
 */
@Entity
@Table(name = "contributor")
public class Contributor {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "country_iso3")
    private String countryIso3;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    protected Contributor() {}

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public String countryIso3() {
        return countryIso3;
    }
}

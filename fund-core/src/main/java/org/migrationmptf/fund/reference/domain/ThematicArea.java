package org.migrationmptf.fund.reference.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A thematic area of the Fund: a cluster of GCM objectives that contributions may be soft-earmarked
 * to and allocations are charged against. The clustering is the Fund's own and may be revised by the
 * Steering Committee, hence the validity dates and the many-to-many link (objectives 13 and 23 sit in
 * several areas).
 */
@Entity
@Cacheable
@Table(name = "thematic_area")
public class ThematicArea {

    @Id
    @Column(name = "code", length = 10)
    private String code;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToMany
    @JoinTable(
            name = "thematic_area_objective",
            joinColumns = @JoinColumn(name = "thematic_area_code"),
            inverseJoinColumns = @JoinColumn(name = "objective_no"))
    @OrderBy("number")
    private List<GcmObjective> objectives = new ArrayList<>();

    protected ThematicArea() {}

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** Position in the Fund's published order (TA1 first). */
    public int sortOrder() {
        return sortOrder;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public Optional<LocalDate> validTo() {
        return Optional.ofNullable(validTo);
    }

    /** Whether the area is in force on the given day. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public List<GcmObjective> objectives() {
        return Collections.unmodifiableList(objectives);
    }
}

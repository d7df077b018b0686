package org.migrationmptf.fund.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.migrationmptf.fund.programme.api.ProgrammeView;

/** A no-cost extension of a programme: its end date moved later by a Steering Committee decision. */
@Embeddable
public class NoCostExtension {

    @Column(name = "previous_ends_on", nullable = false)
    private LocalDate previousEnd;

    @Column(name = "ends_on", nullable = false)
    private LocalDate newEnd;

    @Column(name = "decision_number", nullable = false)
    private String decision;

    @Column(name = "extended_by", nullable = false)
    private String by;

    @Column(name = "extended_at", nullable = false)
    private LocalDateTime at;

    protected NoCostExtension() {}

    NoCostExtension(LocalDate from, LocalDate to, String decision, String by, LocalDateTime at) {
        this.previousEnd = from;
        this.newEnd = to;
        this.decision = decision;
        this.by = by;
        this.at = at;
    }

    ProgrammeView.Extension view() {
        return new ProgrammeView.Extension(previousEnd, newEnd, decision, by, at.toInstant(ZoneOffset.UTC));
    }
}

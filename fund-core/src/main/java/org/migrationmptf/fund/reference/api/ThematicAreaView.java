package org.migrationmptf.fund.reference.api;

import java.time.LocalDate;
import java.util.List;

/** A thematic area of the Fund with the GCM objectives it clusters (ascending by number). */
public record ThematicAreaView(String code, String name, LocalDate validFrom, List<GcmObjectiveView> objectives) {

    public ThematicAreaView {
        objectives = List.copyOf(objectives);
    }
}

package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reference.api.ThematicAreaView;

/** Backs the thematic-areas page: the same read model as the API and the PDF. */
@Named
@RequestScoped
public class ThematicAreasPage {

    @Inject
    ReferenceCatalog catalog;

    private List<ThematicAreaView> areas;

    public List<ThematicAreaView> getAreas() {
        if (areas == null) {
            areas = catalog.thematicAreas();
        }
        return areas;
    }

    public int getObjectiveCount() {
        return (int) getAreas().stream()
                .flatMap(a -> a.objectives().stream())
                .map(o -> o.number())
                .distinct()
                .count();
    }
}

package org.migrationmptf.fund.programme.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.migrationmptf.fund.programme.domain.CodeLists;
import org.migrationmptf.fund.reference.api.GcmObjectiveView;
import org.migrationmptf.fund.reference.api.GuidingPrincipleView;
import org.migrationmptf.fund.reference.api.ParticipatingOrganizationView;
import org.migrationmptf.fund.reference.api.PolicyMarkerView;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reference.api.ThematicAreaView;

/** The code lists of the reference data, as the programme side checks notes and programmes against them. */
@ApplicationScoped
class ProgrammeCodeLists {

    @Inject
    ReferenceCatalog reference;

    CodeLists now() {
        var markers = reference.policyMarkers();
        return new CodeLists(
                reference.gcmObjectives().stream().map(GcmObjectiveView::number).collect(Collectors.toSet()),
                reference.guidingPrinciples().stream()
                        .map(GuidingPrincipleView::code)
                        .collect(Collectors.toSet()),
                markers.stream()
                        .filter(m -> m.scheme().equals(PolicyMarkerView.GENDER))
                        .map(PolicyMarkerView::code)
                        .collect(Collectors.toSet()),
                markers.stream()
                        .filter(m -> m.scheme().equals(PolicyMarkerView.HUMAN_RIGHTS))
                        .map(PolicyMarkerView::code)
                        .collect(Collectors.toSet()),
                reference.thematicAreas().stream().map(ThematicAreaView::code).collect(Collectors.toSet()),
                reference.participatingOrganizations().stream()
                        .collect(Collectors.toMap(
                                ParticipatingOrganizationView::code, ParticipatingOrganizationView::indirectCostRate)));
    }
}

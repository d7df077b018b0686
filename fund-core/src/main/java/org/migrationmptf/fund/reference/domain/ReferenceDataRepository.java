package org.migrationmptf.fund.reference.domain;

import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.fund.reference.api.CurrencyView;
import org.migrationmptf.fund.reference.api.GcmObjectiveView;
import org.migrationmptf.fund.reference.api.ParticipatingOrganizationView;

/** Queries over the reference tables. */
public interface ReferenceDataRepository {

    /** Areas in force on the day, with their objectives loaded in the same query. */
    List<ThematicArea> thematicAreasValidOn(LocalDate day);

    List<GcmObjectiveView> gcmObjectives();

    List<org.migrationmptf.fund.reference.api.GuidingPrincipleView> guidingPrinciples();

    List<org.migrationmptf.fund.reference.api.PolicyMarkerView> policyMarkers();

    List<CurrencyView> currencies();

    List<ParticipatingOrganizationView> participatingOrganizations();

    List<org.migrationmptf.fund.reference.api.BudgetCategoryView> budgetCategories();
}

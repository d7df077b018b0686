package org.migrationmptf.fund.reference.api;

import java.util.List;

/** Read access to the fund's reference data, in the order the fund publishes it. */
public interface ReferenceCatalog {

    /** The thematic areas in force, each with the GCM objectives it clusters, ordered TA1..TA5. */
    List<ThematicAreaView> thematicAreas();

    List<GcmObjectiveView> gcmObjectives();

    /** The Compact's ten guiding principles, in its order. */
    List<GuidingPrincipleView> guidingPrinciples();

    /** The gender and human-rights marker scales, each in its order. */
    List<PolicyMarkerView> policyMarkers();

    List<CurrencyView> currencies();

    List<ParticipatingOrganizationView> participatingOrganizations();

    /** The UN budget categories expenditure is reported in, in the published order (1-7, ISC). */
    List<BudgetCategoryView> budgetCategories();
}

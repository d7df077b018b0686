package org.migrationmptf.fund.reference.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.fund.reference.api.CurrencyView;
import org.migrationmptf.fund.reference.api.GcmObjectiveView;
import org.migrationmptf.fund.reference.api.ParticipatingOrganizationView;
import org.migrationmptf.fund.reference.domain.ReferenceDataRepository;
import org.migrationmptf.fund.reference.domain.ThematicArea;

@ApplicationScoped
class JpaReferenceDataRepository implements ReferenceDataRepository {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Override
    public List<ThematicArea> thematicAreasValidOn(LocalDate day) {
        return em.createQuery(
                        "SELECT DISTINCT a FROM ThematicArea a LEFT JOIN FETCH a.objectives"
                                + " WHERE a.validFrom <= :day AND (a.validTo IS NULL OR a.validTo >= :day)",
                        ThematicArea.class)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public List<GcmObjectiveView> gcmObjectives() {
        return em.createQuery(
                        "SELECT NEW org.migrationmptf.fund.reference.api.GcmObjectiveView(o.number, o.title)"
                                + " FROM GcmObjective o ORDER BY o.number",
                        GcmObjectiveView.class)
                .getResultList();
    }

    @Override
    public List<org.migrationmptf.fund.reference.api.GuidingPrincipleView> guidingPrinciples() {
        return em.createNativeQuery("SELECT code, name FROM guiding_principle ORDER BY sort_order")
                .getResultStream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new org.migrationmptf.fund.reference.api.GuidingPrincipleView((String) r[0], (String) r[1]);
                })
                .toList();
    }

    @Override
    public List<org.migrationmptf.fund.reference.api.PolicyMarkerView> policyMarkers() {
        return em.createNativeQuery("SELECT scheme, code, label FROM policy_marker ORDER BY scheme, sort_order")
                .getResultStream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new org.migrationmptf.fund.reference.api.PolicyMarkerView(
                            (String) r[0], (String) r[1], (String) r[2]);
                })
                .toList();
    }

    @Override
    public List<CurrencyView> currencies() {
        return em.createNativeQuery("SELECT code, name, minor_units FROM currency ORDER BY code")
                .getResultStream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new CurrencyView(((String) r[0]).trim(), (String) r[1], ((Number) r[2]).intValue());
                })
                .toList();
    }

    @Override
    public List<ParticipatingOrganizationView> participatingOrganizations() {
        return em.createNativeQuery(
                        "SELECT code, acronym, name, isc_rate FROM participating_organization ORDER BY acronym")
                .getResultStream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new ParticipatingOrganizationView(
                            (String) r[0], (String) r[1], (String) r[2], new java.math.BigDecimal(r[3].toString()));
                })
                .toList();
    }

    @Override
    public List<org.migrationmptf.fund.reference.api.BudgetCategoryView> budgetCategories() {
        return em.createNativeQuery("SELECT code, name, direct_cost FROM budget_category ORDER BY sort_order")
                .getResultStream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new org.migrationmptf.fund.reference.api.BudgetCategoryView(
                            r[0].toString().trim(),
                            (String) r[1],
                            Boolean.TRUE.equals(r[2]) || "1".equals(String.valueOf(r[2])));
                })
                .toList();
    }
}

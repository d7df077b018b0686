package org.migrationmptf.fund.reference.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.migrationmptf.fund.reference.api.CurrencyView;
import org.migrationmptf.fund.reference.api.GcmObjectiveView;
import org.migrationmptf.fund.reference.api.ParticipatingOrganizationView;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reference.api.ThematicAreaView;
import org.migrationmptf.fund.reference.domain.ReferenceDataRepository;
import org.migrationmptf.fund.reference.domain.ThematicArea;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ReferenceCatalogService implements ReferenceCatalog {

    private final ReferenceDataRepository repository;
    private final Clock clock;

    @Inject
    ReferenceCatalogService(ReferenceDataRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** CDI needs a no-argument constructor for the proxy of a normal-scoped bean. */
    protected ReferenceCatalogService() {
        this.repository = null;
        this.clock = null;
    }

    @Override
    public List<ThematicAreaView> thematicAreas() {
        return repository.thematicAreasValidOn(LocalDate.now(clock)).stream()
                .sorted(Comparator.comparingInt(ThematicArea::sortOrder))
                .map(ReferenceCatalogService::view)
                .toList();
    }

    private static ThematicAreaView view(ThematicArea area) {
        List<GcmObjectiveView> objectives = area.objectives().stream()
                .map(o -> new GcmObjectiveView(o.number(), o.title()))
                .sorted(Comparator.comparingInt(GcmObjectiveView::number))
                .toList();
        return new ThematicAreaView(area.code(), area.name(), area.validFrom(), objectives);
    }

    @Override
    public List<GcmObjectiveView> gcmObjectives() {
        return repository.gcmObjectives();
    }

    @Override
    public List<org.migrationmptf.fund.reference.api.GuidingPrincipleView> guidingPrinciples() {
        return repository.guidingPrinciples();
    }

    @Override
    public List<org.migrationmptf.fund.reference.api.PolicyMarkerView> policyMarkers() {
        return repository.policyMarkers();
    }

    @Override
    public List<CurrencyView> currencies() {
        return repository.currencies();
    }

    @Override
    public List<ParticipatingOrganizationView> participatingOrganizations() {
        return repository.participatingOrganizations();
    }

    @Override
    public List<org.migrationmptf.fund.reference.api.BudgetCategoryView> budgetCategories() {
        return repository.budgetCategories();
    }
}

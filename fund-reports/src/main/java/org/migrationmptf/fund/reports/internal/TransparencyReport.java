package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.migrationmptf.fund.disbursement.api.AllocationRegister;
import org.migrationmptf.fund.disbursement.api.ProgrammeAllocation;
import org.migrationmptf.fund.programme.api.ProgrammeRegister;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reference.api.ThematicAreaView;
import org.migrationmptf.fund.reports.api.AreaProgrammes;
import org.migrationmptf.fund.reports.api.TransparencyReports;

/**
 * Approved allocations per programme and area (one statement) joined in memory with the published
 * programmes' geography (a page of 500 at a time): the pipeline never shows.
 */
@ApplicationScoped
class TransparencyReport implements TransparencyReports {

    @Inject
    AllocationRegister allocations;

    @Inject
    ProgrammeRegister programmes;

    @Inject
    ReferenceCatalog catalog;

    @Override
    public List<AreaProgrammes> programmesByArea(LocalDate asOf) {
        Set<String> areas = new HashSet<>();
        for (ThematicAreaView area : catalog.thematicAreas()) {
            areas.add(area.code());
        }
        Map<String, String> geography = new HashMap<>();
        org.migrationmptf.fund.shared.Page.each(
                page -> programmes.publishedIn(areas, page),
                (ProgrammeView p) -> geography.put(p.code(), p.geography().name()));
        Map<String, Map<String, Set<String>>> counted = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> allocated = new TreeMap<>();
        for (ProgrammeAllocation a : allocations.approvedByProgramme(asOf)) {
            String where = geography.get(a.programme());
            if (where == null) {
                continue;
            }
            counted.computeIfAbsent(a.thematicArea(), k -> new TreeMap<>())
                    .computeIfAbsent(where, k -> new HashSet<>())
                    .add(a.programme());
            allocated.computeIfAbsent(a.thematicArea(), k -> new TreeMap<>()).merge(where, a.amount(), BigDecimal::add);
        }
        List<AreaProgrammes> rows = new ArrayList<>();
        counted.forEach((area, byGeography) -> byGeography.forEach((where, codes) -> rows.add(new AreaProgrammes(
                area, where, codes.size(), allocated.get(area).get(where)))));
        return rows;
    }
}

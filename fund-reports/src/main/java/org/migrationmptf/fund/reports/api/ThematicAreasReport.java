package org.migrationmptf.fund.reports.api;

/** The Fund's thematic areas and the GCM objectives each clusters, as a PDF. */
public interface ThematicAreasReport {

    RenderedReport pdf();
}

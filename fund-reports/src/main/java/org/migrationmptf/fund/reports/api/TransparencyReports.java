package org.migrationmptf.fund.reports.api;

import java.time.LocalDate;
import java.util.List;

/** The public side's compositions of the registers: figures anyone may read, no sign-in. */
public interface TransparencyReports {

    /** Programmes by thematic area and geography with their approved allocations to {@code asOf}. */
    List<AreaProgrammes> programmesByArea(LocalDate asOf);
}

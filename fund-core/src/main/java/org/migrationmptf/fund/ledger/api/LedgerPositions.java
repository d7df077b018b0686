package org.migrationmptf.fund.ledger.api;

import java.util.Collection;
import java.util.List;

/**
 * The ledger's maintained positions by dimension (contributor, earmark, programme, PUNO, thematic
 * area), updated with every posting in its transaction: what the grant side needs to know (what is
 * available to a thematic area, what a programme and PUNO received) is read from them, never from
 * the journal. One statement per call, whatever the size of the journal.
 */
public interface LedgerPositions {

    /** The positions of these accounts, one row per combination of dimensions that was posted. */
    List<LedgerPosition> of(Collection<String> accounts);

    /** The positions of these accounts that name the programme, one row per PUNO and thematic area. */
    List<LedgerPosition> ofProgramme(String programmeCode, Collection<String> accounts);

    /** The positions of these accounts that name one of the programmes. */
    List<LedgerPosition> ofProgrammes(Collection<String> programmeCodes, Collection<String> accounts);

    /** The positions of these accounts that name the contributor, one row per earmark. */
    List<LedgerPosition> ofContributor(String contributorCode, Collection<String> accounts);

    /** The positions of these accounts that name the PUNO, one row per programme and thematic area. */
    List<LedgerPosition> ofPuno(String punoCode, Collection<String> accounts);

    /**
     * Takes the lock every posting takes first, in the caller's transaction: what the caller reads of
     * the positions afterwards cannot change until it commits, so a check made on them (is this much
     * still available?) holds for what it posts or records next.
     */
    void holdPostings();
}

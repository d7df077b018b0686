package org.migrationmptf.fund.programme.api;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** The concept notes: the secretariat records and screens them; the fund's staff read them. */
public interface ConceptNotes {

    /** Who reads concept notes: the secretariat, the Administrative Agent and auditors. */
    Set<Role> READERS = Set.of(Role.FUND_OFFICER, Role.FUND_APPROVER, Role.AA_FINANCE, Role.AUDITOR);

    /** Sort keys: {@code receivedOn} (default), {@code requestedAmount}, {@code status}, {@code title}. */
    Set<String> SORTS = Set.of("receivedOn", "requestedAmount", "status", "title");

    /**
     * Records a concept note as SUBMITTED.
     *
     * @throws org.migrationmptf.fund.shared.InvalidInput naming every incomplete or unknown field
     */
    ConceptNoteView record(NewConceptNote note, AuthenticatedUser by);

    /**
     * Screens, shortlists or rejects a note along its graph; a rejection gives its reason.
     *
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code illegal-status-change}, {@code reason-required}
     */
    ConceptNoteView decide(
            long id, ConceptNoteStatus target, String reason, OptionalLong expectedVersion, AuthenticatedUser by);

    Page<ConceptNoteView> conceptNotes(Optional<ConceptNoteStatus> status, PageRequest page, AuthenticatedUser viewer);

    /** @throws org.migrationmptf.fund.shared.NotFound when there is none, or the viewer may not read notes */
    ConceptNoteView conceptNote(long id, AuthenticatedUser viewer);

    /** How many notes are in each status (every status present, zero when none). */
    Map<ConceptNoteStatus, Long> countsByStatus(AuthenticatedUser viewer);
}

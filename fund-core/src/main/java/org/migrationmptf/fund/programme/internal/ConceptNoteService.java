package org.migrationmptf.fund.programme.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.programme.api.ConceptNoteStatus;
import org.migrationmptf.fund.programme.api.ConceptNoteView;
import org.migrationmptf.fund.programme.api.ConceptNotes;
import org.migrationmptf.fund.programme.api.NewConceptNote;
import org.migrationmptf.fund.programme.domain.ConceptNote;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;
import org.migrationmptf.fund.shared.StaleVersion;

/**
 * Records and screens concept notes (FUND_OFFICER) and reads them a page at a time: one statement
 * for the page and one count, whatever its size.
 */
@ApplicationScoped
class ConceptNoteService implements ConceptNotes {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditedCommands commands;

    @Inject
    ProgrammeCodeLists codes;

    @Inject
    Clock clock;

    @Override
    public ConceptNoteView record(NewConceptNote request, AuthenticatedUser by) {
        return commands.run(by, Permission.RECORD_CONCEPT_NOTE, Subject.of("ConceptNote", "new"), event -> {
            ConceptNote note =
                    ConceptNote.record(request, codes.now(), LocalDate.now(clock), by.username(), clock.instant());
            em.persist(note);
            em.flush();
            ConceptNoteView view = note.view();
            event.subject(Subject.of("ConceptNote", view.id())).after(state(view));
            return view;
        });
    }

    @Override
    public ConceptNoteView decide(
            long id, ConceptNoteStatus target, String reason, OptionalLong expectedVersion, AuthenticatedUser by) {
        return commands.run(by, Permission.DECIDE_CONCEPT_NOTE, Subject.of("ConceptNote", Long.toString(id)), event -> {
            if (target == null) {
                throw new InvalidInput(
                        "give the status",
                        List.of(new InvalidInput.Issue("status", "give SCREENED, SHORTLISTED or REJECTED")));
            }
            ConceptNote note = em.find(ConceptNote.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (note == null) {
                throw new NotFound("concept note " + id);
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != note.version()) {
                throw new StaleVersion("concept note " + id, expectedVersion.getAsLong(), note.version());
            }
            event.before(state(note.view()));
            note.decide(target, reason, by.username(), clock.instant());
            em.flush();
            ConceptNoteView view = note.view();
            event.after(state(view));
            return view;
        });
    }

    @Override
    public Page<ConceptNoteView> conceptNotes(
            Optional<ConceptNoteStatus> status, PageRequest page, AuthenticatedUser viewer) {
        requireReader(viewer);
        String key = page.sortOr("receivedOn", SORTS);
        String direction = page.descending() ? " DESC" : " ASC";
        String where = status.isPresent() ? " WHERE n.status = :status" : "";
        TypedQuery<ConceptNote> rows = em.createQuery(
                        "SELECT n FROM ConceptNote n" + where + " ORDER BY n." + key + direction + ", n.id" + direction,
                        ConceptNote.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(n) FROM ConceptNote n" + where, Long.class);
        status.ifPresent(s -> {
            rows.setParameter("status", s);
            count.setParameter("status", s);
        });
        return new Page<>(
                rows.getResultList().stream().map(ConceptNote::view).toList(),
                count.getSingleResult(),
                page.offset(),
                page.limit());
    }

    @Override
    public ConceptNoteView conceptNote(long id, AuthenticatedUser viewer) {
        requireReader(viewer);
        ConceptNote note = em.find(ConceptNote.class, id);
        if (note == null) {
            throw new NotFound("concept note " + id);
        }
        return note.view();
    }

    @Override
    public Map<ConceptNoteStatus, Long> countsByStatus(AuthenticatedUser viewer) {
        requireReader(viewer);
        Map<ConceptNoteStatus, Long> counts = new EnumMap<>(ConceptNoteStatus.class);
        for (ConceptNoteStatus s : ConceptNoteStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : em.createQuery(
                        "SELECT n.status, COUNT(n) FROM ConceptNote n GROUP BY n.status", Object[].class)
                .getResultList()) {
            counts.put((ConceptNoteStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static void requireReader(AuthenticatedUser viewer) {
        if (READERS.stream().noneMatch(viewer::has)) {
            throw new NotFound("concept notes");
        }
    }

    static Map<String, Object> state(ConceptNoteView n) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", n.id());
        state.put("title", n.title());
        state.put("submittedBy", n.submittedBy());
        state.put("status", n.status().name());
        state.put("requestedAmount", n.requestedAmount().toPlainString());
        if (n.reason() != null) {
            state.put("reason", n.reason());
        }
        if (n.programme() != null) {
            state.put("programme", n.programme());
        }
        return state;
    }
}

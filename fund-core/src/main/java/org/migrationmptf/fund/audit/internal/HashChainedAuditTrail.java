package org.migrationmptf.fund.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.fund.audit.api.AuditEventView;
import org.migrationmptf.fund.audit.api.AuditQuery;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.audit.api.ChainVerification;
import org.migrationmptf.fund.audit.domain.AuditChainHead;
import org.migrationmptf.fund.audit.domain.AuditEvent;
import org.migrationmptf.fund.audit.domain.HashChain;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * Appends under a pessimistic lock of the chain head, which every writer takes last in its
 * transaction, so appends are serial and never deadlock with the locks of the write they record.
 */
@ApplicationScoped
class HashChainedAuditTrail implements AuditTrail {

    private static final int VERIFY_BATCH = 1_000;

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditRecord record) {
        append(record, AuditEvent.Outcome.DONE);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(AuditRecord record) {
        append(record, AuditEvent.Outcome.REFUSED);
    }

    private void append(AuditRecord record, AuditEvent.Outcome outcome) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEvent event = AuditEvent.following(head.lastSeq(), head.lastHash(), clock.instant(), record, outcome);
        em.persist(event);
        head.advanceTo(event);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String headAt(java.time.Instant cutoff) {
        List<?> hash = em.createNativeQuery("SELECT hash FROM audit_event WHERE seq ="
                        + " (SELECT MAX(seq) FROM audit_event WHERE occurred_at < ?)")
                .setParameter(1, java.sql.Timestamp.from(cutoff))
                .getResultList();
        return hash.isEmpty() ? HashChain.GENESIS : hash.get(0).toString().trim();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public ChainVerification verify() {
        String expectedPrevious = HashChain.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        for (int first = 0; ; first += VERIFY_BATCH) {
            List<AuditEvent> batch = em.createNamedQuery("AuditEvent.inOrder", AuditEvent.class)
                    .setFirstResult(first)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            for (AuditEvent event : batch) {
                checked++;
                String problem = null;
                if (event.seq() != expectedSeq) {
                    problem = "event " + expectedSeq + " is missing";
                } else if (!event.previousHash().equals(expectedPrevious)) {
                    problem = "previous hash does not match the hash of event " + (expectedSeq - 1);
                } else if (!event.computeHash().equals(event.hash())) {
                    problem = "the event's content does not match its hash";
                }
                if (problem != null) {
                    return new ChainVerification(
                            checked, false, Math.min(event.seq(), expectedSeq), problem, null, clock.instant());
                }
                expectedPrevious = event.hash();
                expectedSeq++;
            }
            em.clear();
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(expectedPrevious)) {
            return new ChainVerification(
                    checked,
                    false,
                    expectedSeq,
                    "the chain head says " + head.lastSeq() + " events; the trail ends at " + (expectedSeq - 1),
                    null,
                    clock.instant());
        }
        return new ChainVerification(checked, true, null, null, expectedPrevious, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEventView> events(AuditQuery query, PageRequest page) {
        // conditions are added only when given: an untyped NULL parameter fails on PostgreSQL
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        query.actor().ifPresent(a -> condition(where, parameters, "e.actor = :actor", "actor", a));
        query.action().ifPresent(a -> condition(where, parameters, "e.action = :action", "action", a));
        query.subjectType().ifPresent(t -> condition(where, parameters, "e.subjectType = :type", "type", t));
        query.subjectId().ifPresent(i -> condition(where, parameters, "e.subjectId = :id", "id", i));
        query.from().ifPresent(d -> condition(where, parameters, "e.occurredAt >= :from", "from", d.atStartOfDay()));
        query.to()
                .ifPresent(d -> condition(
                        where,
                        parameters,
                        "e.occurredAt < :to",
                        "to",
                        d.plusDays(1).atStartOfDay()));
        TypedQuery<AuditEvent> events = em.createQuery(
                "SELECT e FROM AuditEvent e" + where + " ORDER BY e.seq " + (page.descending() ? "DESC" : "ASC"),
                AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
        parameters.forEach((name, value) -> {
            events.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditEventView> items =
                events.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                        .map(AuditEvent::view)
                        .toList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    private static void condition(
            StringBuilder where, Map<String, Object> parameters, String condition, String name, Object value) {
        where.append(" AND ").append(condition);
        parameters.put(name, value);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> actions() {
        return em.createQuery("SELECT DISTINCT e.action FROM AuditEvent e ORDER BY e.action", String.class)
                .getResultList();
    }
}

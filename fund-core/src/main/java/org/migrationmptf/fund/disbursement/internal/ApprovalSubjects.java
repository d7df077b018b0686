package org.migrationmptf.fund.disbursement.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.disbursement.domain.FourEyesSubject;
import org.migrationmptf.fund.shared.NotFound;

/** How an approval handler takes its subject: locked, read fresh, and still as it was prepared. */
final class ApprovalSubjects {

    private ApprovalSubjects() {}

    /**
     * The approval's subject, locked for update and refreshed (a racing decision has committed by
     * then), refused unless it is undecided and at the version that was put to the approver.
     *
     * @param what how the subject is named in a refusal, e.g. "allocation"
     */
    static <T extends FourEyesSubject> T lockUndecided(
            EntityManager em, Class<T> type, ApprovalView approval, String what) {
        long id = Long.parseLong(approval.subjectId());
        T subject = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (subject == null) {
            throw new NotFound(what + " " + id);
        }
        em.refresh(subject);
        subject.requireUndecided(approval.subjectVersion());
        return subject;
    }
}

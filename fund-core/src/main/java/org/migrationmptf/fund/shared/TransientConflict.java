package org.migrationmptf.fund.shared;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a failure that says "someone else was writing the same rows at the same time" rather
 * than "this request is wrong": a deadlock, a lock wait timeout or a serialisation failure reported
 * by the database (SQLState class 40 on PostgreSQL and Derby), or a lost optimistic-lock race. Such
 * a transaction rolled back entirely; it may be retried, and if it is not, the API answers 409.
 */
public final class TransientConflict {

    /** 40001 serialisation failure (Derby: deadlock), 40P01 PostgreSQL deadlock, 40XL1/40XL2 Derby lock timeout. */
    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "40XL1", "40XL2");

    private static final Set<String> LOCK_EXCEPTIONS = Set.of(
            "jakarta.persistence.OptimisticLockException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException",
            "org.eclipse.persistence.exceptions.OptimisticLockException");

    private TransientConflict() {}

    /** Whether {@code failure} or one of its causes is a transient conflict. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && SQL_STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (LOCK_EXCEPTIONS.contains(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}

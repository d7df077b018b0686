package org.migrationmptf.fund.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.migrationmptf.fund.shared.TransientConflict;

/**
 * Where a unit of work gets its transaction. A caller that owns the transaction (no transaction is
 * active yet) gets it retried when the database answered a deadlock, a lock timeout, a serialisation
 * failure or a lost optimistic race: the whole transaction rolled back, so running it again is the
 * same as the request arriving a moment later. A caller inside an outer transaction joins it; the
 * outer owner decides about retries.
 */
@ApplicationScoped
public class Transactions {

    private static final Logger LOG = Logger.getLogger(Transactions.class.getName());

    /** Attempts of one unit of work before the conflict is given to the caller (an HTTP 409). */
    static final int ATTEMPTS = 3;

    @Inject
    TransactionBoundary boundary;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry registry;

    /** Whether the calling thread is inside a transaction. */
    public boolean active() {
        return registry != null && registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    /** The work in the caller's transaction, or in one of its own that is retried on a transient conflict. */
    public <T> T inTransaction(Supplier<T> work) {
        if (active()) {
            return boundary.required(work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return boundary.required(work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !TransientConflict.isCause(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.info(() -> "transient conflict, attempt " + tried + " of " + ATTEMPTS + ": " + e);
                pause(attempt);
            }
        }
    }

    /** The work in a transaction of its own (the caller's, if any, is suspended meanwhile). */
    public <T> T inNewTransaction(Supplier<T> work) {
        return boundary.requiresNew(work);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt + (long) (Math.random() * 30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

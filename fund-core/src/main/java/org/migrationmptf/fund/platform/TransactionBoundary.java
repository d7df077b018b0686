package org.migrationmptf.fund.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** The container's transaction boundaries as plain calls (used by {@link Transactions}). */
@ApplicationScoped
public class TransactionBoundary {

    /** Runs the work in the caller's transaction, or in a new one if there is none. */
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T required(Supplier<T> work) {
        return work.get();
    }

    /** Runs the work in a transaction of its own, whatever the caller's. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T requiresNew(Supplier<T> work) {
        return work.get();
    }
}

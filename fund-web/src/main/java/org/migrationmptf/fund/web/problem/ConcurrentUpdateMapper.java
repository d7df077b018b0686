package org.migrationmptf.fund.web.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.migrationmptf.fund.shared.TransientConflict;

/**
 * Two writers raced for the same rows and this one lost (a {@code @Version} check, a deadlock, a lock
 * timeout or a serialisation failure the database reported, after the retries the command runner
 * gives such a transaction): 409, nothing of this request was kept. A failed transaction for any
 * other reason stays a 500.
 */
@Provider
public class ConcurrentUpdateMapper implements ExceptionMapper<TransactionalException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(TransactionalException exception) {
        if (causedByOptimisticLock(exception)) {
            return conflict(uriInfo);
        }
        UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();
        unexpected.uriInfo = uriInfo;
        return unexpected.toResponse(exception);
    }

    static boolean causedByOptimisticLock(Throwable failure) {
        return TransientConflict.isCause(failure);
    }

    static Response conflict(UriInfo uriInfo) {
        return Problems.response(Problem.of(
                "concurrent-update",
                "Conflict",
                409,
                "Someone else changed this record at the same time; nothing of your request was kept."
                        + " Reload it and try again.",
                Problems.instance(uriInfo)));
    }

    /** The same answer when the lock failure surfaces directly at flush. */
    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(OptimisticLockException exception) {
            return conflict(uriInfo);
        }
    }

    /** A database failure at flush: 409 when it is a lost race, else 500. */
    @Provider
    public static class PersistenceFailureMapper implements ExceptionMapper<jakarta.persistence.PersistenceException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(jakarta.persistence.PersistenceException exception) {
            if (causedByOptimisticLock(exception)) {
                return conflict(uriInfo);
            }
            UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();
            unexpected.uriInfo = uriInfo;
            return unexpected.toResponse(exception);
        }
    }
}

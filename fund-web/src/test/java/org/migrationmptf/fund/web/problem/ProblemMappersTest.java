package org.migrationmptf.fund.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.shared.DomainRuleViolation;

class ProblemMappersTest {

    @Test
    void anUnexpectedFailureIs500WithACorrelationIdAndNoInternals() {
        Response response =
                new UnexpectedExceptionMapper().toResponse(new IllegalStateException("SELECT * FROM secret"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType()).hasToString("application/problem+json");
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.correlationId()).matches("[0-9a-f-]{36}");
        assertThat(problem.detail()).doesNotContain("SELECT").doesNotContain("IllegalStateException");
        // a failure can come after the commit (while the answer is written): never claim nothing changed
        assertThat(problem.detail())
                .doesNotContain("nothing was changed")
                .contains("check whether it took effect")
                .contains("same Idempotency-Key is always safe");
        assertThat(StatusProblems.detail(500)).doesNotContain("nothing was changed");
    }

    @Test
    void aDeadlockTheDatabaseReportsIs409NotA500() {
        jakarta.persistence.PersistenceException deadlock = new jakarta.persistence.PersistenceException(
                "flush failed", new java.sql.SQLTransactionRollbackException("deadlock detected", "40P01"));

        Response response = new ConcurrentUpdateMapper.PersistenceFailureMapper().toResponse(deadlock);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).type().toString()).endsWith("/concurrent-update");
    }

    @Test
    void aLostOptimisticLockIs409WhereverItSurfaces() {
        TransactionalException atCommit =
                new TransactionalException("rolled back", new jakarta.transaction.RollbackException("rollback") {
                    {
                        initCause(new OptimisticLockException("stale"));
                    }
                });
        assertThat(new ConcurrentUpdateMapper().toResponse(atCommit).getStatus())
                .isEqualTo(409);
        assertThat(new ConcurrentUpdateMapper.OptimisticLockMapper()
                        .toResponse(new OptimisticLockException())
                        .getStatus())
                .isEqualTo(409);
        assertThat(new ConcurrentUpdateMapper()
                        .toResponse(new TransactionalException("other", new IllegalStateException()))
                        .getStatus())
                .isEqualTo(500);
    }

    @Test
    void aBrokenRuleIs422NamedAfterTheRule() {
        Response response = new DomainRuleViolationMapper()
                .toResponse(
                        new DomainRuleViolation("deposit-exceeds-commitment", "the deposit exceeds the commitment"));

        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(problem.type().toString()).endsWith("/problems/deposit-exceeds-commitment");
        assertThat(problem.detail()).isEqualTo("The deposit exceeds the commitment; nothing was changed.");
    }

    @Test
    void somethingHiddenOrMissingIs404WithTheSameBodyEitherWay() {
        Response response = new NotFoundMapper().toResponse(new org.migrationmptf.fund.shared.NotFound("agreement 7"));

        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(problem.detail()).doesNotContain("agreement 7");
    }

    @Test
    void aStateThatMovedOnIs409NamedAfterTheRule() {
        Response response = new ConflictingStateMapper()
                .toResponse(
                        new org.migrationmptf.fund.shared.ConflictingState("already-posted", "deposit 3 is posted"));

        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(problem.type().toString()).endsWith("/problems/already-posted");
        assertThat(problem.detail()).startsWith("deposit 3 is posted");
    }

    @Test
    void badInputIs400WithOneErrorPerLine() {
        Response response = new InvalidInputMapper()
                .toResponse(new org.migrationmptf.fund.shared.InvalidInput(
                        "the rate file has 2 bad line(s)",
                        java.util.List.of(
                                new org.migrationmptf.fund.shared.InvalidInput.Issue("line 3", "month is not YYYY-MM"),
                                new org.migrationmptf.fund.shared.InvalidInput.Issue("line 5", "USD needs no rate"))));

        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem.errors())
                .extracting(e -> e.field() + ": " + e.message())
                .containsExactly("line 3: month is not YYYY-MM", "line 5: USD needs no rate");
    }
}

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
}

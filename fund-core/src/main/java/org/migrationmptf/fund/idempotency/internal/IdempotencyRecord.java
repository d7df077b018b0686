package org.migrationmptf.fund.idempotency.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import org.migrationmptf.fund.idempotency.api.IdempotentOutcome;

/** A used Idempotency-Key: whose, for which operation and request, and the answer that was given. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    @Id
    @Column(name = "caller")
    private String caller;

    @Id
    @Column(name = "idem_key")
    private String key;

    @Column(name = "operation", nullable = false)
    private String operation;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    @Column(name = "status_code", nullable = false)
    private int status;

    @Column(name = "location")
    private String location;

    @Column(name = "response_body", nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected IdempotencyRecord() {}

    IdempotencyRecord(String caller, String key, String operation, String requestHash, LocalDateTime createdAt) {
        this.caller = caller;
        this.key = key;
        this.operation = operation;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
        this.body = "";
    }

    boolean sameRequest(String operation, String requestHash) {
        return this.operation.equals(operation) && this.requestHash.equals(requestHash);
    }

    void answered(IdempotentOutcome outcome) {
        status = outcome.status();
        location = outcome.location();
        body = outcome.body();
    }

    IdempotentOutcome outcome() {
        return new IdempotentOutcome(status, location, body, true);
    }

    /** The composite key: caller and key. */
    public static class Key implements Serializable {
        private String caller;
        private String key;

        public Key() {}

        public Key(String caller, String key) {
            this.caller = caller;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caller, k.caller) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, key);
        }
    }
}

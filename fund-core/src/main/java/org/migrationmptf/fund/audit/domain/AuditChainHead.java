package org.migrationmptf.fund.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that says where the chain ends. An append locks it (pessimistically), so events are
 * numbered without gaps and each one chains to the one committed before it.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditChainHead() {}

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }

    public void advanceTo(AuditEvent event) {
        if (event.seq() != lastSeq + 1 || !event.previousHash().equals(lastHash)) {
            throw new IllegalStateException("event " + event.seq() + " does not follow the chain head " + lastSeq);
        }
        lastSeq = event.seq();
        lastHash = event.hash();
    }
}

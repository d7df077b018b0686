package org.migrationmptf.fund.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.audit.api.AuditRecord;

class AuditEventTest {

    private static final AuditRecord RECORDED = new AuditRecord(
            "finance",
            "AA_FINANCE",
            "DEPOSIT_RECORDED",
            "Deposit",
            "30",
            "on agreement X",
            null,
            "{\"usd\":1143311.65}");

    @Test
    void eachEventChainsToThePreviousHash() {
        AuditEvent first = AuditEvent.following(
                0, HashChain.GENESIS, Instant.parse("2026-11-24T10:00:00Z"), RECORDED, AuditEvent.Outcome.DONE);
        AuditEvent second = AuditEvent.following(
                1, first.hash(), Instant.parse("2026-11-24T10:00:01Z"), RECORDED, AuditEvent.Outcome.REFUSED);

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(HashChain.GENESIS);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.hash()).hasSize(64).isNotEqualTo(first.hash());
        assertThat(second.computeHash()).isEqualTo(second.hash());
    }

    @Test
    void changingAnyFieldBehindTheEventsBackBreaksItsHash() throws ReflectiveOperationException {
        AuditEvent event = AuditEvent.following(
                0, HashChain.GENESIS, Instant.parse("2026-11-24T10:00:00Z"), RECORDED, AuditEvent.Outcome.DONE);
        Field after = AuditEvent.class.getDeclaredField("after");
        after.setAccessible(true);

        after.set(event, "{\"usd\":1143311.66}");

        assertThat(event.computeHash()).isNotEqualTo(event.hash());
    }

    @Test
    void theSeparatorKeepsShiftedFieldsApart() {
        assertThat(HashChain.hash(HashChain.GENESIS, "ab", "c"))
                .isNotEqualTo(HashChain.hash(HashChain.GENESIS, "a", "bc"));
        assertThat(HashChain.hash(HashChain.GENESIS, (Object) null))
                .isNotEqualTo(HashChain.hash(HashChain.GENESIS, ""));
    }
}

package nl.voordeur.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.testing.HttpTest;

/** The scheduled checkpoint (switched off in the tests' configuration, so called here) against the running database. */
class AuditCheckpointTests extends HttpTest {

    @Autowired
    AuditCheckpointJob job;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    AuditLog auditLog;

    @Test
    void theJobRecordsEveryLanesNewestEntryAndWritesNothingWhenNothingChanged() {
        String marker = UUID.randomUUID().toString();
        auditLog.record(AuditRecord.of(AuditAction.READ, "CheckpointTest", marker));
        var newest = jdbc.sql("SELECT lane, id, hash FROM audit.audit_entry WHERE record_id = ?").param(marker)
                .query().singleRow();

        job.checkpoint();
        AuditCheckpoint checkpoint = checkpoints.latest().checkpoint().orElseThrow();
        var head = checkpoint.lanes().get(((Number) newest.get("lane")).intValue());
        assertThat(head.lastId()).isEqualTo(((Number) newest.get("id")).longValue());
        assertThat(head.lastHash()).isEqualTo(newest.get("hash"));
        assertThat(head.count()).isEqualTo(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE lane = ? AND id <= ?")
                .params(newest.get("lane"), newest.get("id")).query(Long.class).single());

        job.checkpoint();
        assertThat(checkpoints.latest().checkpoint().orElseThrow().at()).as("nothing new, no new checkpoint")
                .isEqualTo(checkpoint.at());
    }
}

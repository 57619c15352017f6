package nl.voordeur.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The audit module on its own (with the database configuration): entries are written and chained. */
@ApplicationModuleTest(extraIncludes = {"config", "shared"})
class AuditModuleTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bootstrapsAloneAndWritesChainedEntries() {
        String record = UUID.randomUUID().toString();
        auditLog.record(AuditRecord.of(AuditAction.READ, "ModuleTest", record).because("module test"));
        var row = jdbc.sql("SELECT channel, prev_hash, hash, purpose FROM audit.audit_entry WHERE record_id = ?")
                .param(record).query().singleRow();
        assertThat(row).containsEntry("purpose", "module test");
        assertThat((String) row.get("hash")).hasSize(64).isNotEqualTo(row.get("prev_hash"));
        assertThat(verifier.verify().breaks()).isEmpty();
    }
}

package nl.voordeur.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.voordeur.testing.HttpTest;

class AuditLogTests extends HttpTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateAuditEntriesEvenToTheOwner() {
        // the application's own role lacks the privileges altogether (DatabaseRoleTests); the trigger stops the owner
        var owner = JdbcClient.create(ownerDataSource);
        auditLog.record(AuditRecord.of(AuditAction.READ, "Test", UUID.randomUUID()));
        assertThatThrownBy(() -> owner.sql("UPDATE audit.audit_entry SET action = 'X'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("DELETE FROM audit.audit_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("TRUNCATE audit.audit_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void entriesRecordedTogetherFollowEachOtherInOneLaneAndKeepTheChainIntact() {
        String marker = UUID.randomUUID().toString();
        auditLog.recordAll(java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> AuditRecord.of(AuditAction.READ, "BatchTest", marker + "-" + i)).toList());
        var lanes = jdbc.sql("SELECT DISTINCT lane FROM audit.audit_entry WHERE record_id LIKE ?").param(marker + "-%")
                .query(Integer.class).list();
        assertThat(lanes).hasSize(1);
        assertThat(jdbc.sql("SELECT record_id FROM audit.audit_entry WHERE record_id LIKE ? ORDER BY id")
                .param(marker + "-%").query(String.class).list())
                .containsExactly(marker + "-0", marker + "-1", marker + "-2", marker + "-3", marker + "-4");
        assertThat(verifier.verify().breaks()).isEmpty();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void aRefusalOutlivesTheRollbackOfItsTransactionAndAnAllowedEntryDoesNot() {
        String refused = UUID.randomUUID().toString();
        String allowed = UUID.randomUUID().toString();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            auditLog.record(AuditRecord.of(AuditAction.READ, "RollbackTest", allowed));
            auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, "RollbackTest", refused).refused());
            throw new IllegalStateException("the refusal ends the request");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT record_id || ' ' || outcome FROM audit.audit_entry WHERE record_type = 'RollbackTest'")
                .query(String.class).list()).containsExactly(refused + " DENIED");

        String committed = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(tx ->
                auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, "CommitTest", committed).refused()));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE record_id = ?").param(committed)
                .query(Long.class).single()).as("written once when the transaction commits").isOne();
        assertThat(verifier.verify().breaks()).isEmpty();
    }

    @Test
    void theChainVerifierFindsAHandAlteredEntryAndARemovedOne() {
        // only the owner can switch the trigger off: this plays someone with direct database access
        var owner = JdbcClient.create(ownerDataSource);
        var ownerTransactions = new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource));
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < 3 * AuditLog.LANES; i++) {
            auditLog.record(AuditRecord.of(AuditAction.READ, "ChainTest", marker + "-" + i));
        }
        assertThat(verifier.verify(owner).breaks()).isEmpty();

        ownerTransactions.executeWithoutResult(tx -> {
            owner.sql("ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_append_only").update();
            owner.sql("UPDATE audit.audit_entry SET username = 'mallory' WHERE record_id = ?").param(marker + "-5").update();
            var report = verifier.verify(owner);
            assertThat(report.intact()).isFalse();
            assertThat(report.breaks()).anySatisfy(b -> assertThat(b.problem()).contains("altered"));
            tx.setRollbackOnly();
        });
        ownerTransactions.executeWithoutResult(tx -> {
            owner.sql("ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_append_only").update();
            long lane = owner.sql("SELECT lane FROM audit.audit_entry WHERE record_id = ?").param(marker + "-7")
                    .query(Long.class).single();
            long idsAfter = owner.sql("SELECT count(*) FROM audit.audit_entry WHERE lane = ? AND id > "
                    + "(SELECT id FROM audit.audit_entry WHERE record_id = ?)").params(lane, marker + "-7")
                    .query(Long.class).single();
            owner.sql("DELETE FROM audit.audit_entry WHERE record_id = ?").param(marker + "-7").update();
            var report = verifier.verify(owner);
            if (idsAfter > 0) {
                assertThat(report.breaks()).anySatisfy(b -> assertThat(b.problem()).contains("removed"));
            }
            tx.setRollbackOnly();
        });
        assertThat(verifier.verify(owner).breaks()).isEmpty();
    }

    @Test
    void theKeyedHashCoversEveryColumnOfTheAuditTable() {
        var columns = jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = 'audit' "
                + "AND table_name = 'audit_entry' AND column_name <> 'hash'").query(String.class).list();
        assertThat(ChainedEntry.COLUMNS).containsExactlyInAnyOrderElementsOf(columns);
    }

    @Test
    void onlyThePrivacyOfficerReadsTheAuditLogAndTheirSearchIsAuditedToo() {
        var visitorToken = api("visitor");
        assertThat(visitorToken.get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/audit").status()).isEqualTo(403);

        var officer = api("privacy_officer");
        UUID adminId = UUID.fromString(admin().get("/api/v1/users/me").json().get("id").asString());
        var result = officer.get("/api/v1/audit?userId=" + adminId + "&size=5");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("total").asLong()).isPositive();
        assertThat(result.json().get("items").get(0).get("userId").asString()).isEqualTo(adminId.toString());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit.audit_entry WHERE action = 'SEARCH' AND record_type = 'AuditLog'
                AND username = 'privacy_officer' AND details LIKE ?""").param("user=" + adminId + "%")
                .query(Long.class).single()).isPositive();
        assertThat(officer.get("/api/v1/audit/verify").json().get("breaks").size()).isZero();
    }

    @Test
    void thePrivacyOfficerPageListsEntries() {
        var page = pages("privacy_officer").get("/audit");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Auditlog").contains("LOGIN");
    }
}

package nl.voordeur.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16 item 3: the audit log is tamper-evident against those who hold the database. Each
 * test attacks as a database superuser or as the application's own role would, then asks the
 * privacy officer's {@code GET /api/v1/audit/verify}. The lane is put back afterwards, as the
 * tests share one database.
 */
class AuditTamperTests extends HttpTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    @FlywayDataSource
    DataSource superuserDataSource;

    @Autowired
    PlatformTransactionManager transactions;

    DatabaseAttacker attacker;
    ApiClient officer;

    @BeforeEach
    void attackerAndOfficer() {
        attacker = new DatabaseAttacker(superuserDataSource);
        assertThat(attacker.isSuperuser()).as("the attacker holds the database").isTrue();
        officer = api("privacy_officer"); // logged in before the attack, so the login is not part of it
    }

    @Test
    void aSuperuserWhoRewritesEntriesAndRecomputesThePlainHashesIsFound() {
        List<Long> ids = entriesInOneLane(5);
        int lane = laneOf(ids.getFirst());
        try (var restore = attacker.snapshot(lane, ids.getFirst())) {
            attacker.rewrite(ids.get(1), "username", "mallory");

            assertThat(breaks()).anySatisfy(b -> {
                assertThat(b.get("lane").asInt()).isEqualTo(lane);
                assertThat(b.get("entryId").asLong()).isEqualTo(ids.get(1));
                assertThat(b.get("problem").asString()).contains("does not match its hash");
            });
        }
        assertThat(breaks()).as("the lane put back").isEmpty();
    }

    @Test
    void deletingTheNewestEntriesOfALaneAfterACheckpointIsFound() {
        List<Long> ids = entriesInOneLane(5);
        int lane = laneOf(ids.getFirst());
        checkpoints.write();
        try (var restore = attacker.snapshot(lane, ids.getFirst())) {
            attacker.deleteFrom(lane, ids.get(2));

            assertThat(breaks()).anySatisfy(b -> {
                assertThat(b.get("lane").asInt()).isEqualTo(lane);
                assertThat(b.get("entryId").asLong()).isEqualTo(ids.getLast());
                assertThat(b.get("problem").asString()).contains("checkpoint");
            });
        }
        assertThat(breaks()).as("the lane put back").isEmpty();
    }

    @Test
    void anEntryForgedByTheApplicationsOwnRoleFailsVerification() {
        List<Long> ids = entriesInOneLane(1);
        int lane = laneOf(ids.getFirst());
        try (var restore = attacker.snapshot(lane, ids.getFirst())) {
            // jdbc is the application's own connection pool: the role voordeur_app, which may append
            long forged = DatabaseAttacker.forge(jdbc, new TransactionTemplate(transactions), lane, "visitor",
                    UUID.randomUUID());

            assertThat(breaks()).anySatisfy(b -> {
                assertThat(b.get("lane").asInt()).isEqualTo(lane);
                assertThat(b.get("entryId").asLong()).isEqualTo(forged);
                assertThat(b.get("problem").asString()).contains("forged");
            });
        }
        assertThat(breaks()).as("the lane put back").isEmpty();
    }

    /** Entries written together in one lane, oldest first. */
    private List<Long> entriesInOneLane(int count) {
        String marker = UUID.randomUUID().toString();
        auditLog.recordAll(IntStream.range(0, count)
                .mapToObj(i -> AuditRecord.of(AuditAction.READ, "TamperTest", marker + "-" + i)).toList());
        return jdbc.sql("SELECT id FROM audit.audit_entry WHERE record_id LIKE ? ORDER BY id").param(marker + "-%")
                .query(Long.class).list();
    }

    private int laneOf(long id) {
        return jdbc.sql("SELECT lane FROM audit.audit_entry WHERE id = ?").param(id).query(Integer.class).single();
    }

    private List<JsonNode> breaks() {
        var response = officer.get("/api/v1/audit/verify");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("breaks").valueStream().toList();
    }
}

package nl.voordeur.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.voordeur.audit.AuditCheckpoint.LaneHead;
import nl.voordeur.shared.SecretFile;

/** What the audit log keeps outside the database: its key file and its checkpoint files. */
class AuditSecretsTests {

    @TempDir
    Path data;

    @Test
    void theKeyFileIsMadeOnFirstStartReadableByTheOwnerOnlyAndKeptAfterwards() throws Exception {
        Path file = data.resolve("audit.key");
        var properties = new AuditProperties("", file.toString(), "", "-");
        String first = new AuditChain(new AuditKey(properties)).sign("x");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(properties.keyPath()).contains(file.toAbsolutePath());
        assertThat(new AuditChain(new AuditKey(properties)).sign("x")).as("the same key after a restart").isEqualTo(first);
    }

    @Test
    void aConfiguredKeyWinsOverTheFileAndAShortOneIsRefused() {
        String key = SecretFile.randomBase64(32);
        var configured = new AuditProperties(key, data.resolve("audit.key").toString(), "", "-");
        assertThat(configured.keyPath()).isEmpty();
        assertThat(new AuditChain(new AuditKey(configured)).sign("x"))
                .isEqualTo(new AuditChain(new AuditKey(new AuditProperties(key, "", "", "-"))).sign("x"));
        assertThat(Files.exists(data.resolve("audit.key"))).isFalse();

        assertThatThrownBy(() -> new AuditKey(new AuditProperties(SecretFile.randomBase64(16), "", "", "-")))
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void checkpointsAreAppendedToADailyFileAndTheNewestSignedOneIsReadBack() throws Exception {
        AuditChain chain = ChainCheckTests.chain(SecretFile.randomBase64(32));
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T23:30:00Z"), ZoneOffset.UTC);
        var store = new CheckpointDirectory(data.resolve("audit-checkpoints"), clock);
        var checkpoints = new AuditCheckpoints(null, chain, store, clock);
        store.append(checkpoint(1, 10).line(chain));
        store.append(checkpoint(1, 20).line(chain));

        Path file = data.resolve("audit-checkpoints/checkpoints-2026-12-04.log");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(checkpoints.latest().checkpoint()).hasValueSatisfying(c -> assertThat(c.lanes().get(0).lastId()).isEqualTo(20));

        Files.writeString(file, "checkpoint-v1 at=2026-12-04T23:", java.nio.file.StandardOpenOption.APPEND);
        assertThat(checkpoints.latest().forged()).as("a line cut short by a crash is no forgery").isZero();
        store.append(checkpoint(1, 30).line(chain));
        assertThat(checkpoints.latest().checkpoint().orElseThrow().lanes().get(0).lastId()).isEqualTo(30);

        store.append(checkpoint(1, 40).line(chain).replace(":40:", ":45:"));
        assertThat(checkpoints.latest().forged()).isOne();
        assertThat(checkpoints.latest().checkpoint().orElseThrow().lanes().get(0).lastId())
                .as("the newest one whose signature holds").isEqualTo(30);
    }

    private static AuditCheckpoint checkpoint(long keyedFrom, long head) {
        Instant at = Instant.parse("2026-12-04T23:30:00Z");
        return new AuditCheckpoint(at, at, keyedFrom, new TreeMap<>(Map.of(0, new LaneHead(head, head, "cd".repeat(32)))));
    }
}

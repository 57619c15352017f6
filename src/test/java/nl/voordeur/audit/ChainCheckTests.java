package nl.voordeur.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.voordeur.audit.AuditCheckpoint.LaneHead;
import nl.voordeur.audit.AuditTrail.ChainBreak;
import nl.voordeur.shared.SecretFile;

/** The chain's rules on entries made in memory: old plain-hashed entries, keyed ones, checkpoints. */
class ChainCheckTests {

    static AuditChain chain(String key) {
        return new AuditChain(new AuditKey(new AuditProperties(key, "", "", "-")));
    }

    final AuditChain chain = chain(SecretFile.randomBase64(32));
    final Instant at = Instant.parse("2026-12-04T10:15:30.123456Z");

    /** A lane of {@code legacy} entries with the plain hash, then {@code keyed} keyed ones, ids from 1. */
    List<Stored> lane(int lane, int legacy, int keyed) {
        List<Stored> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= legacy + keyed; i++) {
            ChainedEntry e = entry(i, lane, i <= legacy ? AuditChain.LEGACY : AuditChain.KEYED, prev);
            prev = chain.hasher().hash(e);
            out.add(new Stored(e, prev));
        }
        return out;
    }

    ChainedEntry entry(long id, int lane, int version, String prev) {
        return new ChainedEntry(id, lane, at.plusSeconds(id), UUID.randomUUID(), "visitor", UUID.randomUUID(),
                "VISITOR", null, "READ", "SUCCESS", "Household", "h-" + id, UUID.randomUUID(), UUID.randomUUID(),
                null, null, false, "PAGE", "10.0.0.1", null, version, prev);
    }

    record Stored(ChainedEntry entry, String hash) {
    }

    List<ChainBreak> check(AuditChain with, AuditCheckpoint checkpoint, List<Stored> entries) {
        ChainCheck check = new ChainCheck(with.hasher(), checkpoint);
        entries.forEach(s -> check.accept(s.entry(), s.hash()));
        return check.breaks();
    }

    AuditCheckpoint checkpoint(long keyedFrom, Map<Integer, LaneHead> lanes) {
        return new AuditCheckpoint(at, at, keyedFrom, new TreeMap<>(lanes));
    }

    @Test
    void entriesWrittenWithThePlainHashBeforeTheKeyStillVerifyAndTheKeyedChainGoesOnFromThem() {
        List<Stored> entries = lane(3, 4, 3);
        assertThat(check(chain, checkpoint(5, Map.of()), entries)).isEmpty();
        assertThat(check(chain, null, entries)).as("without a checkpoint too").isEmpty();
    }

    @Test
    void aKeyedEntryRewrittenWithAPlainHashIsFoundWhateverVersionItClaims() {
        List<Stored> entries = lane(3, 4, 3);
        ChainedEntry original = entries.get(5).entry();
        ChainedEntry rewritten = new ChainedEntry(original.id(), 3, original.at(), original.userId(), "mallory",
                original.organisationId(), original.roles(), null, "READ", "SUCCESS", "Household", original.recordId(),
                original.personId(), original.programmeId(), null, null, false, "PAGE", "10.0.0.1", null,
                AuditChain.LEGACY, original.prevHash());
        entries.set(5, new Stored(rewritten, AuditChain.legacy(rewritten)));

        assertThat(check(chain, checkpoint(5, Map.of()), entries)).extracting(ChainBreak::entryId).contains(6L);
    }

    @Test
    void theKeyedHashCoversEveryColumnSoChangingAnyOneIsFound() throws Exception {
        ChainedEntry entry = entry(7, 2, AuditChain.KEYED, AuditChain.GENESIS);
        String hash = chain.hasher().hash(entry);
        Constructor<ChainedEntry> constructor = ChainedEntry.class.getDeclaredConstructor(
                Arrays.stream(ChainedEntry.class.getRecordComponents()).map(RecordComponent::getType).toArray(Class[]::new));
        Object[] values = entry.values();
        assertThat(values).hasSameSizeAs(ChainedEntry.COLUMNS);
        for (int i = 0; i < values.length; i++) {
            Object[] changed = values.clone();
            changed[i] = other(values[i], ChainedEntry.class.getRecordComponents()[i].getType());
            ChainedEntry altered = constructor.newInstance(changed);
            if (altered.hashVersion() != AuditChain.KEYED) continue; // a changed version is a different rule
            assertThat(chain.hasher().hash(altered)).as(ChainedEntry.COLUMNS.get(i)).isNotEqualTo(hash);
        }
    }

    private static Object other(Object value, Class<?> type) {
        if (type == long.class) return (Long) value + 1;
        if (type == int.class) return (Integer) value + 1;
        if (type == boolean.class) return !(Boolean) value;
        if (type == Instant.class) return ((Instant) value).plusNanos(1000);
        if (type == UUID.class) return UUID.randomUUID();
        return value == null ? "" : value + "x";
    }

    @Test
    void theSameEntriesDoNotVerifyUnderAnotherKey() {
        List<Stored> entries = lane(1, 0, 3);
        assertThat(check(chain(SecretFile.randomBase64(32)), checkpoint(1, Map.of()), entries)).hasSize(3);
    }

    @Test
    void aLaneWhoseNewestEntriesAreGoneSinceTheCheckpointIsFound() {
        List<Stored> entries = lane(4, 0, 6);
        AuditCheckpoint checkpoint = checkpoint(1, Map.of(4, new LaneHead(6, 6, entries.get(5).hash())));
        assertThat(check(chain, checkpoint, entries)).isEmpty();

        assertThat(check(chain, checkpoint, entries.subList(0, 4))).singleElement().satisfies(b -> {
            assertThat(b.entryId()).isEqualTo(6);
            assertThat(b.problem()).contains("gone");
        });
        assertThat(check(chain, checkpoint, List.of())).as("the whole lane").singleElement()
                .satisfies(b -> assertThat(b.lane()).isEqualTo(4));
    }

    @Test
    void aLaneThatHoldsFewerEntriesThanItsCheckpointCountedIsFound() {
        List<Stored> entries = lane(4, 0, 6);
        AuditCheckpoint checkpoint = checkpoint(1, Map.of(4, new LaneHead(6, 7, entries.get(5).hash())));
        assertThat(check(chain, checkpoint, entries)).singleElement()
                .satisfies(b -> assertThat(b.problem()).contains("entries removed"));
    }

    @Test
    void aCheckpointSignedWithAnotherKeyOrChangedIsRefused() {
        AuditCheckpoint checkpoint = checkpoint(12, Map.of(0, new LaneHead(11, 3, "ab".repeat(32))));
        String line = checkpoint.line(chain);
        assertThat(parses(line, chain)).isTrue();
        assertThat(parses(line, chain(SecretFile.randomBase64(32)))).isFalse();
        assertThat(parses(line.replace(":11:3:", ":9:2:"), chain)).isFalse();
        assertThat(parses(line.replace("keyed-from=12", "keyed-from=99"), chain)).isFalse();
    }

    private static boolean parses(String line, AuditChain chain) {
        try {
            AuditCheckpoint.parse(line, chain);
            return true;
        } catch (AuditCheckpoint.ForgedCheckpoint e) {
            return false;
        }
    }
}

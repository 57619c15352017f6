package nl.voordeur.audit;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.audit.AuditCheckpoint.LaneHead;

/**
 * Writes and reads the signed checkpoints of the audit lanes' heads ({@link AuditCheckpoint}).
 * One is written when the application has started (before it serves anything), every minute
 * ({@code AuditCheckpointJob}) and at shutdown, after the last request; none is written when
 * nothing changed. A checkpoint never goes back: a lane whose head is older than the latest
 * checkpoint keeps that checkpoint's head, so the next one does not forget deleted entries.
 * Finding the new heads costs one query over the entries added since the latest checkpoint.
 */
@Component
class AuditCheckpoints implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final int LOOK_BACK = 50;
    private static final String SIGNED = ".* sig=[0-9a-f]{64}";

    private final JdbcClient jdbc;
    private final AuditChain chain;
    private final CheckpointStore store;
    private final Clock clock;

    @Autowired
    AuditCheckpoints(JdbcClient jdbc, AuditChain chain, AuditProperties properties, Clock clock,
                     Optional<CheckpointStore> configured) {
        this(jdbc, chain, configured.orElseGet(() -> properties.checkpointPath()
                .<CheckpointStore>map(path -> new CheckpointDirectory(path, clock))
                .orElseGet(() -> new MemoryCheckpoints(jdbc))), clock);
    }

    AuditCheckpoints(JdbcClient jdbc, AuditChain chain, CheckpointStore store, Clock clock) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.store = store;
        this.clock = clock;
    }

    /** The newest checkpoint whose signature holds, and how many signed lines after it do not. */
    Latest latest() {
        List<String> lines = store.newest(LOOK_BACK).stream().filter(line -> line.matches(SIGNED)).toList();
        int forged = 0;
        for (String line : lines.reversed()) {
            try {
                return new Latest(Optional.of(AuditCheckpoint.parse(line, chain)), forged);
            } catch (AuditCheckpoint.ForgedCheckpoint e) {
                forged++;
            }
        }
        return new Latest(Optional.empty(), forged);
    }

    record Latest(Optional<AuditCheckpoint> checkpoint, int forged) {
    }

    /** Writes a checkpoint of every lane's head, unless nothing changed since the latest; returns the latest. */
    synchronized AuditCheckpoint write() {
        Latest latest = latest();
        if (latest.forged() > 0) log.error("{} audit checkpoint(s) in {} fail their signature", latest.forged(), store.describe());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        AuditCheckpoint previous = latest.checkpoint().orElseGet(() -> first(now));
        SortedMap<Integer, LaneHead> heads = advance(previous.lanes());
        if (latest.checkpoint().isPresent() && heads.equals(previous.lanes())) return previous;
        AuditCheckpoint next = new AuditCheckpoint(now, previous.since(), previous.keyedFrom(), heads);
        store.append(next.line(chain));
        return next;
    }

    /** The first checkpoint of a store: from here on, every entry must be keyed. */
    private AuditCheckpoint first(Instant now) {
        Long firstKeyed = jdbc.sql("SELECT min(id) FROM audit.audit_entry WHERE hash_version = " + AuditChain.KEYED)
                .query(Long.class).optional().orElse(null);
        long next = jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM audit.audit_entry").query(Long.class).single();
        if (firstKeyed != null) {
            log.error("No audit checkpoint found in {}, but keyed audit entries exist: checkpoints were lost or moved; "
                    + "starting anew from the database as it is now", store.describe());
        } else {
            log.info("First audit checkpoint in {}: every entry from #{} on must be keyed", store.describe(), next);
        }
        return new AuditCheckpoint(now, now, firstKeyed != null ? firstKeyed : next, new TreeMap<>());
    }

    /** Each lane's head now, never behind the previous checkpoint's. */
    private SortedMap<Integer, LaneHead> advance(SortedMap<Integer, LaneHead> previous) {
        Integer[] lanes = IntStream.range(0, AuditLog.LANES).boxed().toArray(Integer[]::new);
        Long[] after = Arrays.stream(lanes)
                .map(lane -> previous.containsKey(lane) ? previous.get(lane).lastId() : 0L).toArray(Long[]::new);
        SortedMap<Integer, LaneHead> heads = new TreeMap<>(previous);
        jdbc.sql("""
                SELECT p.lane, h.id, h.hash,
                       (SELECT count(*) FROM audit.audit_entry c WHERE c.lane = p.lane AND c.id > p.after AND c.id <= h.id)
                FROM unnest(:lanes::int[], :after::bigint[]) AS p(lane, after)
                CROSS JOIN LATERAL (SELECT id, hash FROM audit.audit_entry e WHERE e.lane = p.lane
                                    ORDER BY e.id DESC LIMIT 1) h""")
                .param("lanes", lanes).param("after", after)
                .query((ResultSet rs) -> {
                    int lane = rs.getInt(1);
                    LaneHead before = previous.get(lane);
                    if (before != null && rs.getLong(2) <= before.lastId()) {
                        if (rs.getLong(2) < before.lastId()) log.error("Audit lane {} is behind its checkpoint", lane);
                        return;
                    }
                    long count = (before == null ? 0 : before.count()) + rs.getLong(4);
                    heads.put(lane, new LaneHead(rs.getLong(2), count, rs.getString(3)));
                });
        return heads;
    }

    @Override
    public void afterSingletonsInstantiated() {
        AuditCheckpoint checkpoint = write();
        log.info("Audit checkpoints in {}; keyed from entry #{}", store.describe(), checkpoint.keyedFrom());
    }

    @Override
    public void destroy() {
        try {
            write();
        } catch (RuntimeException e) {
            log.error("Could not write the audit checkpoint at shutdown", e);
        }
    }
}

package nl.voordeur.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.voordeur.audit.AuditCheckpoint.LaneHead;
import nl.voordeur.audit.AuditTrail.ChainBreak;

/**
 * The rules the audit log must pass, applied to its entries in lane and id order:
 * <ol>
 * <li>each entry links to the hash of the lane's entry before it (none removed or slipped in);</li>
 * <li>from the checkpoint's {@code keyedFrom} on every entry is keyed, and before it none is;</li>
 * <li>each entry's hash is what its content gives under the key (or, for an old entry, plain SHA-256);</li>
 * <li>each lane still holds what the latest checkpoint saw: the entry it ended with, with the same
 *     hash, and as many entries up to it.</li>
 * </ol>
 */
final class ChainCheck {

    private final AuditChain.Hasher hasher;
    private final AuditCheckpoint checkpoint;
    private final Map<Integer, Lane> lanes = new TreeMap<>();
    private final List<ChainBreak> breaks = new ArrayList<>();
    private long checked;

    /** {@code checkpoint} may be null: then rules 2 and 4 only say that a keyed lane stays keyed. */
    ChainCheck(AuditChain.Hasher hasher, AuditCheckpoint checkpoint) {
        this.hasher = hasher;
        this.checkpoint = checkpoint;
    }

    void accept(ChainedEntry entry, String hash) {
        checked++;
        Lane lane = lanes.computeIfAbsent(entry.lane(), l -> new Lane());
        if (!lane.lastHash.equals(entry.prevHash())) {
            report(entry, "link to the previous entry broken (entry removed, altered or inserted)");
        }
        int required = required(entry, lane);
        if (entry.hashVersion() != required) {
            report(entry, required == AuditChain.KEYED ? "not keyed where every entry must be (forged or rewritten)"
                    : "marked as keyed, but older than the keyed chain");
        } else if (!hash.equals(hasher.hash(entry))) {
            report(entry, "content does not match its hash (entry altered or forged)");
        }
        lane.see(entry, hash, checkpoint == null ? null : checkpoint.lanes().get(entry.lane()));
    }

    long checked() {
        return checked;
    }

    /** The breaks found, once every entry was accepted. */
    List<ChainBreak> breaks() {
        List<ChainBreak> all = new ArrayList<>(breaks);
        if (checkpoint != null) {
            checkpoint.lanes().forEach((lane, head) -> compare(lane, head, lanes.getOrDefault(lane, new Lane()), all));
        }
        return all;
    }

    private int required(ChainedEntry entry, Lane lane) {
        if (checkpoint != null) return entry.id() >= checkpoint.keyedFrom() ? AuditChain.KEYED : AuditChain.LEGACY;
        if (lane.keyed) return AuditChain.KEYED;
        return entry.hashVersion() == AuditChain.KEYED ? AuditChain.KEYED : AuditChain.LEGACY;
    }

    private void compare(int laneNumber, LaneHead head, Lane lane, List<ChainBreak> all) {
        String of = " of the checkpoint of " + checkpoint.at();
        if (lane.hashAtHead == null) {
            all.add(new ChainBreak(laneNumber, head.lastId(), lane.last < head.lastId()
                    ? "entries up to this one were in the checkpoint of " + checkpoint.at() + " but are gone (newest entries removed)"
                    : "the last entry" + of + " is gone"));
        } else if (!lane.hashAtHead.equals(head.lastHash())) {
            all.add(new ChainBreak(laneNumber, head.lastId(), "entry differs from the one" + of));
        } else if (lane.countToHead != head.count()) {
            all.add(new ChainBreak(laneNumber, head.lastId(), "lane holds " + lane.countToHead + " entries up to here, "
                    + head.count() + " at the checkpoint of " + checkpoint.at() + " (entries removed)"));
        }
    }

    private void report(ChainedEntry entry, String problem) {
        breaks.add(new ChainBreak(entry.lane(), entry.id(), problem));
    }

    /** What the walk saw of one lane so far. */
    private static final class Lane {
        String lastHash = AuditChain.GENESIS;
        long last;
        boolean keyed;
        long countToHead;
        String hashAtHead;

        void see(ChainedEntry entry, String hash, LaneHead head) {
            lastHash = hash;
            last = entry.id();
            keyed |= entry.hashVersion() == AuditChain.KEYED;
            if (head != null && entry.id() <= head.lastId()) countToHead++;
            if (head != null && entry.id() == head.lastId()) hashAtHead = hash;
        }
    }
}

package nl.voordeur.audit;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * What the audit log held at one moment, signed with the audit key and kept outside the database:
 * per lane the newest entry's id and hash and the number of entries up to it. Whoever later
 * deletes the newest entries of a lane leaves a head older than the checkpoint, which the
 * verifier reports; they cannot sign a checkpoint that forgets them without the key.
 *
 * @param at        when the checkpoint was taken
 * @param since     when the first checkpoint of this store was taken (carried forward)
 * @param keyedFrom the first entry id from which every entry must be keyed ({@link AuditChain#KEYED});
 *                  fixed by the first checkpoint and carried forward
 * @param lanes     each lane's head
 */
record AuditCheckpoint(Instant at, Instant since, long keyedFrom, SortedMap<Integer, LaneHead> lanes) {

    /** A lane's newest entry and how many entries the lane held up to and including it. */
    record LaneHead(long lastId, long count, String lastHash) {
    }

    AuditCheckpoint {
        lanes = new TreeMap<>(lanes);
    }

    /** One line of the checkpoint store: the text and its signature. */
    String line(AuditChain chain) {
        String text = text();
        return text + " sig=" + chain.sign(text);
    }

    /** The checkpoint on a line of the store, if its signature is right. */
    static AuditCheckpoint parse(String line, AuditChain chain) throws ForgedCheckpoint {
        int sig = line.lastIndexOf(" sig=");
        if (sig < 0 || !chain.signed(line.substring(0, sig), line.substring(sig + 5))) throw new ForgedCheckpoint();
        try {
            Map<String, String> parts = new TreeMap<>();
            for (String part : line.substring(0, sig).split(" ")) {
                int eq = part.indexOf('=');
                if (eq > 0) parts.put(part.substring(0, eq), part.substring(eq + 1));
            }
            SortedMap<Integer, LaneHead> lanes = new TreeMap<>();
            for (String lane : parts.get("lanes").split(",")) {
                if (lane.isEmpty()) continue;
                String[] f = lane.split(":");
                lanes.put(Integer.parseInt(f[0]), new LaneHead(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
            }
            return new AuditCheckpoint(Instant.parse(parts.get("at")), Instant.parse(parts.get("since")),
                    Long.parseLong(parts.get("keyed-from")), lanes);
        } catch (RuntimeException e) {
            throw new ForgedCheckpoint(); // signed but unreadable: not written by this code
        }
    }

    private String text() {
        StringJoiner heads = new StringJoiner(",");
        lanes.forEach((lane, head) -> heads.add(lane + ":" + head.lastId() + ":" + head.count() + ":" + head.lastHash()));
        return "checkpoint-v1 at=" + at + " since=" + since + " keyed-from=" + keyedFrom + " lanes=" + heads;
    }

    /** A line of the checkpoint store that this installation's key did not sign. */
    static final class ForgedCheckpoint extends Exception {
        ForgedCheckpoint() {
            super("an audit checkpoint does not carry a valid signature", null, false, false);
        }
    }
}

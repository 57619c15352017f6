package nl.voordeur.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.StringJoiner;

import javax.crypto.Mac;

import org.springframework.stereotype.Component;

/**
 * The hash chain over audit entries, lane by lane: each entry's hash covers the entry and the
 * previous entry's hash, so an entry cannot be changed, removed or slipped in without breaking
 * the chain after it.
 *
 * <ul>
 * <li>Version {@value #KEYED} (every entry written since issue 16): HMAC-SHA-256 under the
 * {@link AuditKey}, over every column of the entry ({@link ChainedEntry#COLUMNS}), each field
 * length-prefixed so no two entries encode alike. Without the key, which is not in the
 * database, nobody can compute a valid hash: not a superuser who rewrites rows, not the
 * application's own role that inserts one.</li>
 * <li>Version {@value #LEGACY} (entries written before): plain SHA-256 over the previous hash and
 * the fields joined by U+001F, without {@code id} and {@code on_behalf_of}. They are still
 * verified as they were; the signed checkpoints ({@link AuditCheckpoint#keyedFrom()}) say from
 * which entry on only keyed entries are valid, so an attacker cannot pass a rewritten entry
 * off as an old one. The first keyed entry of a lane links to the lane's last plain hash,
 * which seals the old part under the key.</li>
 * </ul>
 */
@Component
class AuditChain {

    static final String GENESIS = "0".repeat(64);
    static final int LEGACY = 1;
    static final int KEYED = 2;

    private static final byte[] ENTRY = "voordeur audit entry v2".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CHECKPOINT = "voordeur audit checkpoint v1".getBytes(StandardCharsets.UTF_8);

    private final AuditKey key;

    AuditChain(AuditKey key) {
        this.key = key;
    }

    /** Hashes entries one after the other on one thread, with one {@link Mac}. */
    Hasher hasher() {
        return new Hasher(key.newMac());
    }

    /** The signature of a checkpoint's text. */
    String sign(String text) {
        Mac mac = key.newMac();
        mac.update(CHECKPOINT);
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code signature} is the signature of {@code text}, compared in constant time. */
    boolean signed(String text, String signature) {
        return MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    static final class Hasher {

        private final Mac mac;

        private Hasher(Mac mac) {
            this.mac = mac;
        }

        /** The hash the entry must carry, by its {@link ChainedEntry#hashVersion()}. */
        String hash(ChainedEntry entry) {
            return switch (entry.hashVersion()) {
                case KEYED -> keyed(entry);
                case LEGACY -> legacy(entry);
                default -> throw new IllegalArgumentException("unknown hash version " + entry.hashVersion());
            };
        }

        private String keyed(ChainedEntry entry) {
            mac.update(ENTRY);
            for (Object value : entry.values()) {
                if (value == null) {
                    mac.update((byte) 0);
                } else {
                    byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
                    mac.update((byte) 1);
                    mac.update(ByteBuffer.allocate(4).putInt(text.length).array());
                    mac.update(text);
                }
            }
            return HexFormat.of().formatHex(mac.doFinal());
        }
    }

    /** The plain SHA-256 of an entry written before issue 16. */
    static String legacy(ChainedEntry entry) {
        StringJoiner canonical = new StringJoiner("\u001f");
        for (Object field : entry.legacyFields()) canonical.add(field == null ? "\u2400" : field.toString());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(entry.prevHash().getBytes(StandardCharsets.UTF_8));
            digest.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

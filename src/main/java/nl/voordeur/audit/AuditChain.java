package nl.voordeur.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.StringJoiner;

/** The hash chain over audit entries: each hash covers the entry's fields and the previous hash. */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String canonical(Object... fields) {
        StringJoiner joiner = new StringJoiner("\u001f");
        for (Object field : fields) {
            joiner.add(field == null ? "\u2400" : field.toString());
        }
        return joiner.toString();
    }

    static String hash(String prevHash, String canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prevHash.getBytes(StandardCharsets.UTF_8));
            digest.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

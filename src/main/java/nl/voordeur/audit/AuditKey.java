package nl.voordeur.audit;

import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.voordeur.shared.SecretFile;

/**
 * The secret that keys the audit chain and signs its checkpoints. It never enters the database:
 * whoever holds the database can change rows but cannot compute a valid hash for them. It comes
 * from {@code voordeur.audit.key}, else from the key file (made on first start, permissions
 * 600); with neither, one random key lives in memory for the life of this JVM (the tests' throw-
 * away database), shared by every application context in it.
 */
@Component
class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);
    static final int MIN_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    AuditKey(AuditProperties properties) {
        this.key = new SecretKeySpec(bytes(properties), ALGORITHM);
    }

    /** A fresh HMAC-SHA-256 under this key; one per thread, as a {@link Mac} is not thread-safe. */
    Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static byte[] bytes(AuditProperties properties) {
        if (!properties.key().isBlank()) return checked(properties.key(), "voordeur.audit.key");
        return properties.keyPath()
                .map(path -> checked(SecretFile.readOrCreate(path, () -> SecretFile.randomBase64(MIN_BYTES)), path.toString()))
                .orElseGet(() -> {
                    log.warn("No audit key configured: the audit chain is keyed with a key that lives in memory only");
                    return InMemory.KEY;
                });
    }

    private static byte[] checked(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the audit key in " + source + " is not base64");
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("the audit key in " + source + " must be at least " + MIN_BYTES + " bytes");
        }
        return bytes;
    }

    /** One throw-away key per JVM, made when first asked for. */
    private static final class InMemory {
        static final byte[] KEY = Base64.getDecoder().decode(SecretFile.randomBase64(MIN_BYTES));
    }
}

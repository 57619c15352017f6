package nl.voordeur.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts two-factor secrets with AES-256-GCM, bound to the user they belong to. The key
 * comes from {@code voordeur.access.two-factor.key} (base64, 32 bytes), else from the key file
 * {@code voordeur.access.two-factor.key-file} (created on first start); with neither, a
 * random key lives only in memory (tests), so enrolments do not survive a restart.
 */
@Component
class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final int IV_BYTES = 12;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    SecretCipher(AccessProperties properties) {
        this.key = new SecretKeySpec(keyBytes(properties.twoFactor().key(), properties.twoFactor().keyFile()), "AES");
    }

    String encrypt(String plain, String boundTo) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    String decrypt(String encrypted, String boundTo) {
        try {
            byte[] in = Base64.getDecoder().decode(encrypted);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a two-factor secret could not be decrypted (wrong key?)");
        }
    }

    private byte[] keyBytes(String configured, String keyFile) {
        if (!configured.isBlank()) return checked(Base64.getDecoder().decode(configured.strip()));
        if (keyFile.isBlank()) {
            log.warn("No two-factor key configured: enrolments will not survive a restart");
            return fresh();
        }
        try {
            Path path = Path.of(keyFile).toAbsolutePath();
            if (Files.exists(path)) return checked(Base64.getDecoder().decode(Files.readString(path).strip()));
            Files.createDirectories(path.getParent());
            byte[] created = fresh();
            Files.writeString(path, Base64.getEncoder().encodeToString(created));
            restrict(path);
            log.info("Created the two-factor key file {}; back it up with the database", path);
            return created;
        } catch (IOException e) {
            throw new IllegalStateException("the two-factor key file could not be read or written", e);
        }
    }

    private static void restrict(Path path) {
        try {
            Files.setPosixFilePermissions(path, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("Could not restrict the permissions of the two-factor key file");
        }
    }

    private byte[] fresh() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] checked(byte[] bytes) {
        if (bytes.length != 32) throw new IllegalStateException("the two-factor key must be 32 bytes (base64)");
        return bytes;
    }
}

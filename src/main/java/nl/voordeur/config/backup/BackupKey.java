package nl.voordeur.config.backup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts backups ({@code voordeur.backup.key}, base64 of 32 bytes). Its id,
 * written in the clear into every backup's header, tells a wrong key from a damaged file.
 */
record BackupKey(SecretKey secret, String id) {

    static BackupKey parse(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new BackupRefused("No backup key: set VOORDEUR_BACKUP_KEY (voordeur.backup.key) to a base64 key of"
                    + " 32 bytes, e.g. from `openssl rand -base64 32`. Keep it apart from the backups: without it a"
                    + " backup cannot be read. / Geen back-upsleutel ingesteld.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new BackupRefused("The backup key (voordeur.backup.key) is not valid base64.");
        }
        if (bytes.length != 32) {
            throw new BackupRefused("The backup key (voordeur.backup.key) must be 32 bytes (256 bits), base64;"
                    + " it is " + bytes.length + " bytes.");
        }
        return new BackupKey(new SecretKeySpec(bytes, "AES"), idOf(bytes));
    }

    private static String idOf(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] id = mac.doFinal("voordeur backup key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(id, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "BackupKey[id=" + id + "]";
    }
}

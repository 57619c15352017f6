package nl.voordeur.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A secret kept in a file that only the application's OS user may read or write (permissions
 * 600). The file is written whole or not at all: a temporary file with those permissions is
 * filled and then moved into place.
 */
public final class SecretFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFile() {
    }

    /** The file's content without surrounding white space, if the file exists. */
    public static Optional<String> read(Path path) {
        try {
            return Files.exists(path) ? Optional.of(Files.readString(path).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("the secret file " + path + " could not be read", e);
        }
    }

    /** Writes (or replaces) the file, readable by the owner only. */
    public static void write(Path path, String secret) {
        try {
            Path dir = path.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temporary = dir.resolve(path.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            createOwnerOnly(temporary);
            Files.writeString(temporary, secret + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("the secret file " + path + " could not be written", e);
        }
    }

    /** The secret in the file; a new one from {@code fresh} is written there first when there is none. */
    public static String readOrCreate(Path path, Supplier<String> fresh) {
        return read(path).orElseGet(() -> {
            String created = fresh.get();
            write(path, created);
            return created;
        });
    }

    /** {@code bytes} random bytes as base64. */
    public static String randomBase64(int bytes) {
        return Base64.getEncoder().encodeToString(random(bytes));
    }

    /** {@code bytes} random bytes as hexadecimal digits: safe in a password file, a URL and SQL. */
    public static String randomHex(int bytes) {
        return HexFormat.of().formatHex(random(bytes));
    }

    private static byte[] random(int bytes) {
        byte[] out = new byte[bytes];
        RANDOM.nextBytes(out);
        return out;
    }

    private static void createOwnerOnly(Path path) throws IOException {
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(path);
        }
    }
}

package nl.voordeur.config.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.voordeur.config.EmbeddedPostgresServer;

/**
 * Takes and restores backups: the database (the embedded one as a hot physical copy, a real server
 * with pg_dump) and the files the application keeps beside it (the two-factor key, the audit key
 * and the audit checkpoints), in one encrypted file ({@link BackupArchive}).
 *
 * <p>A backup is written to {@code FILE.part} and renamed when complete, so a backup that stops
 * midway never leaves a file under the final name (and its part file is refused at restore). A
 * restore reads the whole file once to check it before it writes anything, and writes only into
 * an empty target.
 */
final class Backups {

    static final String TWO_FACTOR_KEY = "files/two-factor.key";
    static final String AUDIT_KEY = "files/audit.key";
    static final String CHECKPOINTS = "files/audit-checkpoints/";

    private final BackupSettings settings;
    private final EmbeddedPostgresServer running;
    private final String applicationVersion;

    /** @param running the embedded server of this process, or null (the command, or a real server) */
    Backups(BackupSettings settings, EmbeddedPostgresServer running, String applicationVersion) {
        this.settings = settings;
        this.running = running;
        this.applicationVersion = applicationVersion;
    }

    record Outcome(Path file, long bytes, Duration took, String database) {
        @Override
        public String toString() {
            return String.format("%s (%s, %.1f MB) in %.1f s", file, database, bytes / 1e6, took.toMillis() / 1000.0);
        }
    }

    Outcome backup(Path to) throws IOException {
        Instant start = Instant.now();
        BackupKey key = BackupKey.parse(settings.key());
        Path target = to.toAbsolutePath().normalize();
        if (Files.exists(target)) throw new BackupRefused(target + " exists already: choose a new file name.");
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Database database = settings.embedded() ? embedded() : new Server(settings.server());
        try (database) {
            Map<String, String> header = new LinkedHashMap<>();
            header.put("created", Instant.now().toString());
            header.put("database", database.kind());
            header.put("postgres", database.version());
            header.put("application", applicationVersion);
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
                 BackupArchive.Writer archive = new BackupArchive.Writer(file, key, header)) {
                // the files first: a checkpoint must never be newer than the database copy
                writeFiles(archive);
                database.write(archive);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        return new Outcome(target, Files.size(target), Duration.between(start, Instant.now()), database.kind());
    }

    private void writeFiles(BackupArchive.Writer archive) throws IOException {
        Optional<Path> twoFactor = settings.twoFactorKey().filter(Files::isRegularFile);
        if (twoFactor.isPresent()) archive.file(TWO_FACTOR_KEY, Files.readAllBytes(twoFactor.get()));
        Optional<Path> audit = settings.auditKey().filter(Files::isRegularFile);
        if (audit.isPresent()) archive.file(AUDIT_KEY, Files.readAllBytes(audit.get()));
        Optional<Path> checkpoints = settings.checkpoints().filter(Files::isDirectory);
        if (checkpoints.isPresent()) {
            archive.directory(CHECKPOINTS);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(checkpoints.get(), Files::isRegularFile)) {
                for (Path file : files) archive.file(CHECKPOINTS + file.getFileName(), Files.readAllBytes(file));
            }
        }
    }

    Outcome restore(Path from) throws IOException {
        Instant start = Instant.now();
        BackupKey key = BackupKey.parse(settings.key());
        Path source = from.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) throw new BackupRefused("No backup file at " + source + ".");
        Map<String, String> header;
        try (InputStream in = open(source)) {
            header = BackupArchive.header(in);
        }
        String kind = header.getOrDefault("database", "");
        refuseNonEmptyTarget(kind);
        try (InputStream in = open(source)) { // the whole file is checked before anything is written
            BackupArchive.read(in, key, (name, content) -> { });
        }
        if (kind.equals(EMBEDDED)) {
            restoreEmbedded(source, key);
        } else {
            restoreServer(source, key);
        }
        return new Outcome(source, Files.size(source), Duration.between(start, Instant.now()), kind);
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    private void refuseNonEmptyTarget(String kind) {
        List<String> inUse = new ArrayList<>();
        if (kind.equals(EMBEDDED)) {
            if (!settings.embedded()) {
                throw new BackupRefused("This backup holds an embedded database: restore it without SPRING_DATASOURCE_URL"
                        + " (into an empty voordeur.database.embedded.data-directory).");
            }
            if (!emptyOrAbsent(settings.dataDirectory())) inUse.add(settings.dataDirectory().toString());
        } else if (kind.equals(Server.KIND)) {
            if (settings.embedded()) {
                throw new BackupRefused("This backup holds a pg_dump of a PostgreSQL server: restore it with"
                        + " SPRING_DATASOURCE_URL naming an empty database.");
            }
            ServerDatabase server = settings.server();
            long tables = server.tables();
            if (tables > 0) inUse.add("the database " + server.jdbcUrl() + " (" + tables + " tables)");
        } else {
            throw new BackupRefused("This backup holds an unknown kind of database (" + kind + ").");
        }
        settings.twoFactorKey().filter(Files::exists).ifPresent(p -> inUse.add(p.toString()));
        settings.auditKey().filter(Files::exists).ifPresent(p -> inUse.add(p.toString()));
        settings.checkpoints().filter(p -> !emptyOrAbsent(p)).ifPresent(p -> inUse.add(p.toString()));
        if (!inUse.isEmpty()) {
            throw new BackupRefused("Restore refused: the target is not empty: " + String.join(", ", inUse)
                    + ". A backup is restored only into an empty data directory or database; move these aside"
                    + " (or drop the database's tables) first. / Terugzetten geweigerd: het doel is niet leeg.");
        }
    }

    private static boolean emptyOrAbsent(Path directory) {
        if (!Files.exists(directory)) return true;
        try (Stream<Path> list = Files.list(directory)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private void restoreEmbedded(Path source, BackupKey key) throws IOException {
        Path target = settings.dataDirectory();
        Path staging = target.resolveSibling(target.getFileName() + ".restoring");
        deleteTree(staging);
        Files.createDirectories(staging);
        try (InputStream in = open(source)) {
            BackupArchive.read(in, key, new BackupArchive.EntryHandler() {
                @Override
                public void entry(String name, InputStream content) throws IOException {
                    if (name.startsWith(EmbeddedDatabaseCopy.PREFIX)) {
                        extract(staging, inData(name), content);
                    } else {
                        restoreFile(name, content);
                    }
                }

                @Override
                public void link(String name, String same) throws IOException {
                    try (InputStream content = Files.newInputStream(staging.resolve(inData(same)).normalize())) {
                        extract(staging, inData(name), content);
                    }
                }
            });
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwx------"));
            Files.deleteIfExists(target);
            Files.createDirectories(target.getParent());
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        // the first start replays the WAL up to the moment of the backup; then the server stops again
        try (EmbeddedPostgres server = EmbeddedPostgresServer.startAlone(target);
             var c = server.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("SELECT 1");
        } catch (SQLException e) {
            throw new BackupRefused("The restored database did not start: " + e.getMessage(), e);
        }
    }

    private void restoreServer(Path source, BackupKey key) throws IOException {
        ServerDatabase server = settings.server();
        try (InputStream in = open(source)) {
            BackupArchive.read(in, key, (name, content) -> {
                if (name.equals(ServerDatabase.DUMP)) {
                    server.restore(content);
                } else if (!name.startsWith(EmbeddedDatabaseCopy.PREFIX)) {
                    restoreFile(name, content);
                }
            });
        }
    }

    private void restoreFile(String name, InputStream content) throws IOException {
        if (name.equals(TWO_FACTOR_KEY)) {
            writeOwnerOnly(settings.twoFactorKey(), content, name);
        } else if (name.equals(AUDIT_KEY)) {
            writeOwnerOnly(settings.auditKey(), content, name);
        } else if (name.startsWith(CHECKPOINTS) && settings.checkpoints().isPresent()) {
            Path dir = settings.checkpoints().get();
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            if (content != null) writeOwnerOnly(Optional.of(dir.resolve(name.substring(CHECKPOINTS.length()))), content, name);
        }
    }

    private static void writeOwnerOnly(Optional<Path> where, InputStream content, String name) throws IOException {
        if (where.isEmpty()) {
            throw new BackupRefused("The backup holds " + name + " but no place for it is configured"
                    + " (its key-file or directory setting is blank).");
        }
        Path file = where.get();
        Files.createDirectories(file.getParent());
        Files.copy(content, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static String inData(String name) {
        if (!name.startsWith(EmbeddedDatabaseCopy.PREFIX)) throw new BackupRefused("The backup file is damaged (link).");
        return name.substring(EmbeddedDatabaseCopy.PREFIX.length());
    }

    private static void extract(Path root, String relative, InputStream content) throws IOException {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) throw new BackupRefused("The backup names an unsafe path.");
        if (content == null) {
            Files.createDirectories(path);
        } else {
            Files.createDirectories(path.getParent());
            Files.copy(content, path);
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    static final String EMBEDDED = "embedded-physical";

    /** Where the database of a backup comes from. */
    private interface Database extends AutoCloseable {
        String kind();

        String version();

        void write(BackupArchive.Writer archive) throws IOException;

        @Override
        void close() throws IOException;
    }

    private Database embedded() {
        if (running != null) {
            return new Embedded(running.dataDirectory(), running.port(), running.superuserPassword(), null);
        }
        Path dir = settings.dataDirectory();
        if (!Files.exists(dir.resolve("PG_VERSION"))) {
            throw new BackupRefused("There is no embedded database in " + dir + " (voordeur.database.embedded.data-directory).");
        }
        Optional<Integer> port = RunningServer.port(dir);
        if (port.isPresent()) {
            return new Embedded(dir, port.get(), RunningServer.superuserPassword(dir), null);
        }
        EmbeddedPostgres started = EmbeddedPostgresServer.startAlone(dir);
        return new Embedded(dir, started.getPort(), RunningServer.superuserPassword(dir), started);
    }

    private record Embedded(Path dir, int port, String password, EmbeddedPostgres startedHere) implements Database {
        public String kind() {
            return EMBEDDED;
        }

        public String version() {
            return EmbeddedDatabaseCopy.serverVersion(port, password);
        }

        public void write(BackupArchive.Writer archive) throws IOException {
            EmbeddedDatabaseCopy.write(archive, dir, port, password);
        }

        public void close() throws IOException {
            if (startedHere != null) startedHere.close();
        }
    }

    private record Server(ServerDatabase server) implements Database {
        static final String KIND = "pg_dump-custom";

        public String kind() {
            return KIND;
        }

        public String version() {
            return server.serverVersion();
        }

        public void write(BackupArchive.Writer archive) throws IOException {
            server.dump(archive);
        }

        public void close() {
        }
    }
}

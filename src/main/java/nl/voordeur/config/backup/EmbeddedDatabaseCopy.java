package nl.voordeur.config.backup;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A hot physical backup of the embedded PostgreSQL with the server's own low-level backup API
 * (PostgreSQL documentation, "Making a Base Backup Using the Low Level API"): the zonky binaries
 * hold no pg_dump or pg_basebackup, and the client tools on the machine may be of an older major
 * version, which pg_dump refuses. In one session as the superuser:
 * <ol>
 * <li>a temporary physical replication slot keeps the WAL from now on (it goes when the session
 * ends, also when the backup is killed);</li>
 * <li>{@code pg_backup_start} forces full-page writes and a checkpoint;</li>
 * <li>the data directory is copied as it is, while the application goes on writing (a torn page
 * is repaired by the WAL replayed at the first start after a restore);</li>
 * <li>{@code pg_backup_stop} gives the {@code backup_label} and switches to a new WAL segment,
 * and the WAL segments from the start to the stop are copied.</li>
 * </ol>
 * A restored directory starts like one after a crash: PostgreSQL replays that WAL up to the stop
 * point, which is the moment the backup stands for. If the session ends early (a killed backup),
 * the server ends the backup itself; the application notices nothing.
 */
final class EmbeddedDatabaseCopy {

    static final String PREFIX = "pg/";
    private static final long SMALL = 4L << 20;

    /** Left out, after the PostgreSQL documentation: the server's runtime files and zonky's lock. */
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map", "backup_label.old", "epg-lock", "current_logfiles");
    /** Directories kept empty: their content is rebuilt at start (pg_wal is copied apart). */
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans", "pg_replslot");

    private EmbeddedDatabaseCopy() {
    }

    static void write(BackupArchive.Writer archive, Path dataDirectory, int port, String superuserPassword)
            throws IOException {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection session = DriverManager.getConnection(url, "postgres", superuserPassword);
             Statement sql = session.createStatement()) {
            sql.execute("SELECT pg_create_physical_replication_slot('voordeur_backup_' || pg_backend_pid(), true, true)");
            String startWal = single(sql, "SELECT pg_walfile_name(pg_backup_start('voordeur backup', true))");
            copyDirectory(archive, dataDirectory);
            String stopWal;
            long stopOffset;
            try (ResultSet stop = sql.executeQuery("SELECT w.file_name, w.file_offset, s.labelfile, s.spcmapfile"
                    + " FROM pg_backup_stop(false) s, pg_walfile_name_offset(s.lsn) w")) {
                stop.next();
                stopWal = stop.getString(1);
                stopOffset = stop.getLong(2);
                archive.file(PREFIX + "backup_label", stop.getString(3).getBytes(StandardCharsets.UTF_8));
                String spcmap = stop.getString(4);
                if (spcmap != null && !spcmap.isEmpty()) {
                    archive.file(PREFIX + "tablespace_map", spcmap.getBytes(StandardCharsets.UTF_8));
                }
            }
            copyWal(archive, dataDirectory.resolve("pg_wal"), startWal, stopWal, stopOffset);
        } catch (SQLException e) {
            throw new BackupRefused("The embedded database could not be backed up: " + e.getMessage(), e);
        }
    }

    static String serverVersion(int port, String superuserPassword) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres",
                superuserPassword); Statement sql = c.createStatement()) {
            return single(sql, "SHOW server_version");
        } catch (SQLException e) {
            throw new BackupRefused("Could not connect to the embedded database: " + e.getMessage(), e);
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void copyDirectory(BackupArchive.Writer archive, Path root) throws IOException {
        Map<String, String> seen = new HashMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted().toList();
        }
        for (Path path : paths) {
            if (path.equals(root)) continue;
            Path relative = root.relativize(path);
            if (skipped(relative)) continue;
            String name = PREFIX + relative.toString().replace('\\', '/');
            if (Files.isDirectory(path)) {
                archive.directory(name);
            } else {
                copyFile(archive, path, name, seen);
            }
        }
    }

    private static boolean skipped(Path relative) {
        String first = relative.getName(0).toString();
        String last = relative.getFileName().toString();
        if (relative.getNameCount() == 1 && SKIPPED_FILES.contains(first)) return true;
        if (relative.getNameCount() > 1 && EMPTIED_DIRECTORIES.contains(first)) return true;
        return last.equals("pg_internal.init") || last.startsWith("pgsql_tmp");
    }

    /**
     * A file the server removes meanwhile (a dropped table, a recycled segment) is left out. A small
     * file with the content of one copied before is written as a link to it.
     */
    private static void copyFile(BackupArchive.Writer archive, Path path, String name, Map<String, String> seen)
            throws IOException {
        try {
            if (Files.size(path) > SMALL) {
                try (InputStream in = Files.newInputStream(path)) {
                    archive.file(name, in);
                }
                return;
            }
            byte[] content = Files.readAllBytes(path);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            String same = seen.putIfAbsent(hash, name);
            if (same != null) {
                archive.link(name, same);
            } else {
                archive.file(name, content);
            }
        } catch (NoSuchFileException gone) {
            // removed during the copy: the WAL replay knows it is gone
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The segments from the start to the stop; the last one up to the stop point and zeros after it
     * (what lies beyond is the WAL switch and old bytes of a recycled segment, which replay does not
     * need and which do not compress).
     */
    private static void copyWal(BackupArchive.Writer archive, Path walDirectory, String startWal, String stopWal,
                                long stopOffset) throws IOException {
        archive.directory(PREFIX + "pg_wal/archive_status");
        List<Path> segments;
        try (Stream<Path> list = Files.list(walDirectory)) {
            segments = list.filter(p -> p.getFileName().toString().matches("[0-9A-F]{24}"))
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.compareTo(startWal) >= 0 && n.compareTo(stopWal) <= 0;
                    })
                    .sorted().toList();
        }
        if (segments.isEmpty() || !segments.getFirst().getFileName().toString().equals(startWal)) {
            throw new BackupRefused("The WAL of the backup's start (" + startWal + ") is gone; the backup is not usable."
                    + " Run it again.");
        }
        for (Path segment : segments) {
            boolean last = segment.getFileName().toString().equals(stopWal);
            long size = Files.size(segment);
            try (InputStream in = Files.newInputStream(segment)) {
                InputStream content = last ? zeroPadded(in, stopOffset, size) : in;
                archive.file(PREFIX + "pg_wal/" + segment.getFileName(), content);
            }
        }
    }

    /** The first {@code keep} bytes of {@code in}, then zeros up to {@code size}. */
    private static InputStream zeroPadded(InputStream in, long keep, long size) {
        return new InputStream() {
            private long position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (position >= size) return -1;
                int n = (int) Math.min(length, size - position);
                if (position < keep) {
                    n = in.read(bytes, offset, (int) Math.min(n, keep - position));
                    if (n == -1) throw new EOFException("WAL segment shorter than its stop point");
                } else {
                    Arrays.fill(bytes, offset, offset + n, (byte) 0);
                }
                position += n;
                return n;
            }
        };
    }
}

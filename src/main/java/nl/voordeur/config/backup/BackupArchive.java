package nl.voordeur.config.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * The backup file: a header in the clear, then the sealed (encrypted) and compressed entries.
 *
 * <pre>
 * "VOORDEUR-BACKUP\n"   16 bytes, the magic
 * int                   the format version ({@value #VERSION})
 * int, bytes            the header: "key=value" lines (format, created, database, postgres, key-id, ...)
 * sealed stream         {@link SealedOutputStream}, authenticated with all of the above, holding a
 *                       deflated sequence of entries:
 *   'D' name                          a directory
 *   'F' name (int n, n bytes)* int 0, long size, 32 bytes SHA-256     a file
 *   'L' name, name of an earlier file   a file with the same content as that one (PostgreSQL's
 *                                     template databases repeat most of their catalog files)
 *   'E' int n, n bytes                the manifest ("name size sha256" per file), then the end
 * </pre>
 *
 * Entry names use '/' and are relative: {@code pg/...} the embedded data directory,
 * {@code dump/database.pgdump} a pg_dump archive, {@code files/...} the keys and checkpoints.
 */
final class BackupArchive {

    static final byte[] MAGIC = "VOORDEUR-BACKUP\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    private static final int CHUNK = 64 * 1024;

    private BackupArchive() {
    }

    /** Writes entries; {@link #close()} writes the manifest and seals the last segment. */
    static final class Writer implements AutoCloseable {

        private final DataOutputStream out;
        private final Map<String, String> manifest = new LinkedHashMap<>();
        private final byte[] chunk = new byte[CHUNK];

        Writer(OutputStream file, BackupKey key, Map<String, String> header) throws IOException {
            TreeMap<String, String> fields = new TreeMap<>(header);
            fields.put("format", String.valueOf(VERSION));
            fields.put("key-id", key.id());
            byte[] head = head(fields);
            file.write(head);
            out = new DataOutputStream(new DeflaterOutputStream(new SealedOutputStream(file, key, head),
                    new Deflater(Deflater.BEST_SPEED), CHUNK));
        }

        void directory(String name) throws IOException {
            out.writeByte('D');
            out.writeUTF(name);
        }

        void file(String name, byte[] content) throws IOException {
            file(name, new ByteArrayInputStream(content));
        }

        /** Copies {@code content} to its end (a file that grows meanwhile is taken as far as it is read). */
        long file(String name, InputStream content) throws IOException {
            out.writeByte('F');
            out.writeUTF(name);
            MessageDigest sha = sha256();
            long size = 0;
            for (int n; (n = content.read(chunk)) != -1; ) {
                if (n == 0) continue;
                out.writeInt(n);
                out.write(chunk, 0, n);
                sha.update(chunk, 0, n);
                size += n;
            }
            out.writeInt(0);
            byte[] digest = sha.digest();
            out.writeLong(size);
            out.write(digest);
            manifest.put(name, size + " " + HexFormat.of().formatHex(digest));
            return size;
        }

        /** A file whose content is that of the earlier file {@code same}. */
        void link(String name, String same) throws IOException {
            out.writeByte('L');
            out.writeUTF(name);
            out.writeUTF(same);
            manifest.put(name, manifest.get(same));
        }

        @Override
        public void close() throws IOException {
            StringBuilder text = new StringBuilder();
            manifest.forEach((name, line) -> text.append(name).append(' ').append(line).append('\n'));
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            out.writeByte('E');
            out.writeInt(bytes.length);
            out.write(bytes);
            out.close();
        }
    }

    private static byte[] head(Map<String, String> fields) throws IOException {
        StringBuilder text = new StringBuilder();
        fields.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(head);
        data.write(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(body.length);
        data.write(body);
        return head.toByteArray();
    }

    /** What an entry reader is handed: a directory (content null) or a file's content. */
    interface EntryHandler {
        void entry(String name, InputStream content) throws IOException;

        /** A file with the content of the earlier file {@code same}. */
        default void link(String name, String same) throws IOException {
        }
    }

    /** The header's fields, read without the key (it is in the clear, and only authenticated). */
    static Map<String, String> header(InputStream file) throws IOException {
        return readHead(new DataInputStream(file)).fields();
    }

    private record Head(byte[] bytes, Map<String, String> fields) {
    }

    private static Head readHead(DataInputStream in) throws IOException {
        try {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new BackupRefused("This is not a Voordeur backup file (its first bytes are not a backup header).");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new BackupRefused("This backup has format version " + version + "; this Voordeur reads version "
                        + VERSION + ". Restore it with the Voordeur version that made it.");
            }
            int length = in.readInt();
            if (length < 0 || length > 65536) throw new BackupRefused("The backup file's header is damaged.");
            byte[] body = new byte[length];
            in.readFully(body);
            Map<String, String> fields = new TreeMap<>();
            for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) fields.put(line.substring(0, eq), line.substring(eq + 1));
            }
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(head);
            data.write(MAGIC);
            data.writeInt(version);
            data.writeInt(length);
            data.write(body);
            return new Head(head.toByteArray(), fields);
        } catch (EOFException e) {
            throw SealedInputStream.incomplete();
        }
    }

    /**
     * Reads the whole file, handing every entry to {@code handler}; a file whose content does not
     * match its size and checksum, or that lacks its end, is refused (the handler may have been
     * given earlier entries by then: verify first with a draining handler before writing anything).
     */
    static Map<String, String> read(InputStream file, BackupKey key, EntryHandler handler) throws IOException {
        DataInputStream raw = new DataInputStream(file);
        Head head = readHead(raw);
        String keyId = head.fields().get("key-id");
        if (!key.id().equals(keyId)) {
            throw new BackupRefused("This backup was encrypted with another key (key id " + keyId + "); the configured"
                    + " key (voordeur.backup.key) has id " + key.id() + ". Set the key that was in use when the"
                    + " backup was made. / Deze back-up is met een andere sleutel versleuteld.");
        }
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new SealedInputStream(raw, key, head.bytes())))) {
            while (true) {
                int type = in.readUnsignedByte();
                if (type == 'E') {
                    in.readFully(new byte[in.readInt()]);
                    return head.fields();
                }
                String name = in.readUTF();
                if (name.startsWith("/") || name.contains("..")) throw new BackupRefused("The backup names an unsafe path.");
                if (type == 'D') {
                    handler.entry(name, null);
                } else if (type == 'L') {
                    String same = in.readUTF();
                    if (same.startsWith("/") || same.contains("..")) throw new BackupRefused("The backup names an unsafe path.");
                    handler.link(name, same);
                } else if (type == 'F') {
                    FileContent content = new FileContent(in);
                    handler.entry(name, content);
                    content.drain();
                    content.check(name);
                } else {
                    throw new BackupRefused("The backup file is damaged (unknown entry).");
                }
            }
        } catch (EOFException | ZipException e) {
            throw SealedInputStream.incomplete();
        }
    }

    /** One file's chunks as a stream, checked against the size and SHA-256 that follow them. */
    private static final class FileContent extends InputStream {
        private final DataInputStream in;
        private final MessageDigest sha = sha256();
        private int remaining;
        private boolean end;
        private long size;

        FileContent(DataInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) return 0;
            while (remaining == 0) {
                if (end) return -1;
                remaining = in.readInt();
                if (remaining == 0) {
                    end = true;
                    return -1;
                }
            }
            int n = in.read(bytes, offset, Math.min(length, remaining));
            if (n == -1) throw new EOFException();
            sha.update(bytes, offset, n);
            remaining -= n;
            size += n;
            return n;
        }

        void drain() throws IOException {
            byte[] skip = new byte[CHUNK];
            while (read(skip, 0, skip.length) != -1) {
                // to the end of the entry
            }
        }

        void check(String name) throws IOException {
            long written = in.readLong();
            byte[] digest = new byte[32];
            in.readFully(digest);
            if (written != size || !MessageDigest.isEqual(digest, sha.digest())) {
                throw new BackupRefused("The backup file is damaged: " + name + " does not match its checksum.");
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

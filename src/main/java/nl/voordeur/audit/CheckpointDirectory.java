package nl.voordeur.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checkpoints appended to one file per day (UTC) in a directory, {@code checkpoints-YYYY-MM-DD.log}:
 * old days can be archived to write-once storage without stopping the application. Appends are
 * synced to disk and locked against other instances sharing the directory; a line cut short by
 * a crash is ignored, and the next append starts on a new line.
 */
final class CheckpointDirectory implements CheckpointStore {

    private static final int TAIL_BYTES = 256 * 1024;

    private final Path directory;
    private final Clock clock;

    CheckpointDirectory(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public synchronized void append(String line) {
        Path file = directory.resolve("checkpoints-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".log");
        try {
            if (!Files.isDirectory(directory)) Files.createDirectories(directory, ownerOnly("rwx------"));
            if (!Files.exists(file)) Files.createFile(file, ownerOnly("rw-------"));
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                 FileLock lock = channel.lock()) {
                String text = (endsTorn(file) ? "\n" : "") + line + "\n";
                channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not append an audit checkpoint to " + file, e);
        }
    }

    @Override
    public List<String> newest(int count) {
        List<String> lines = new ArrayList<>();
        for (Path file : filesNewestFirst()) {
            List<String> tail = tail(file);
            lines.addAll(0, tail.subList(Math.max(0, tail.size() - (count - lines.size())), tail.size()));
            if (lines.size() >= count) break;
        }
        return lines;
    }

    @Override
    public String describe() {
        return directory.toString();
    }

    private List<Path> filesNewestFirst() {
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches("checkpoints-\\d{4}-\\d{2}-\\d{2}\\.log"))
                    .sorted((a, b) -> b.getFileName().compareTo(a.getFileName())).toList();
        } catch (IOException e) {
            throw new IllegalStateException("could not list the audit checkpoints in " + directory, e);
        }
    }

    /** The complete lines at the end of the file. */
    private static List<String> tail(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            lines.removeLast(); // after the last newline: empty, or a line cut short
            if (start > 0 && !lines.isEmpty()) lines.removeFirst(); // may start mid-line
            lines.removeIf(String::isBlank);
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException("could not read the audit checkpoints in " + file, e);
        }
    }

    /** Only the application's OS user may read or write, where the file system knows POSIX permissions. */
    private static FileAttribute<?>[] ownerOnly(String permissions) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) return new FileAttribute<?>[0];
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    private static boolean endsTorn(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (in.length() == 0) return false;
            in.seek(in.length() - 1);
            return in.read() != '\n';
        }
    }
}

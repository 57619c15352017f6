package nl.voordeur.bench.gatling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The app's JVM on this machine, found by the marker the Maven profile gives it, and the CPU
 * time it and its PostgreSQL have used: CPU per request does not depend on how much of the
 * shared machine other builds take.
 */
final class AppProcess {

    private AppProcess() {
    }

    static Optional<ProcessHandle> find(String marker) {
        if (marker == null || marker.isBlank()) return Optional.empty();
        String wanted = "-Dvoordeur.bench.marker=" + marker;
        return ProcessHandle.allProcesses().filter(p -> List.of(commandLine(p).split(" ")).contains(wanted)).findFirst();
    }

    /** CPU time of the JVM, and of the PostgreSQL server it talks to with all its backends. */
    static Duration[] cpu(ProcessHandle app) {
        Duration jvm = app.info().totalCpuDuration().orElse(Duration.ZERO);
        Duration database = postgres(app).map(pg -> Stream.concat(Stream.of(pg), pg.descendants())
                        .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus))
                .orElse(Duration.ZERO);
        return new Duration[] {jvm, database};
    }

    /**
     * The postmaster the app is connected to: the remote ports of the app's TCP sockets (from
     * /proc, Linux only) matched against the {@code -p} of the running postgres servers.
     */
    static Optional<ProcessHandle> postgres(ProcessHandle app) {
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc", Long.toString(app.pid()), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) inodes.add(target.substring(8, target.length() - 1));
                } catch (IOException e) {
                    // the descriptor closed meanwhile
                }
            });
            Set<Integer> ports = new HashSet<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.strip().split("\\s+");
                    if (f.length > 9 && inodes.contains(f[9])) ports.add(Integer.parseInt(f[2].substring(f[2].indexOf(':') + 1), 16));
                }
            }
            return ProcessHandle.allProcesses().filter(p -> {
                List<String> args = List.of(commandLine(p).split(" "));
                int at = args.indexOf("-p");
                return args.getFirst().endsWith("/postgres") && at > 0 && at + 1 < args.size()
                        && ports.contains(Integer.parseInt(args.get(at + 1)));
            }).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The full command line: /proc on Linux (ProcessHandle.Info may cut it short), else what the JDK knows. */
    static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"))).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return process.info().arguments().map(a -> String.join(" ", Stream.of(a).toList())).orElse("");
        }
    }
}

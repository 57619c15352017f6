package nl.voordeur.bench.gatling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The app's JVM on this machine, found by the marker the Maven profile gives it, and the CPU
 * time it and its embedded PostgreSQL (its descendant processes) have used: CPU per request
 * does not depend on how much of the shared machine other builds take.
 */
final class AppProcess {

    private AppProcess() {
    }

    static Optional<ProcessHandle> find(String marker) {
        if (marker == null || marker.isBlank()) return Optional.empty();
        String wanted = "-Dvoordeur.bench.marker=" + marker;
        return ProcessHandle.allProcesses().filter(p -> List.of(commandLine(p).split(" ")).contains(wanted)).findFirst();
    }

    /** CPU time of the JVM and of every process below it (PostgreSQL server and backends). */
    static Duration[] cpu(ProcessHandle app) {
        Duration jvm = app.info().totalCpuDuration().orElse(Duration.ZERO);
        Duration database = app.descendants().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
        return new Duration[] {jvm, database};
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

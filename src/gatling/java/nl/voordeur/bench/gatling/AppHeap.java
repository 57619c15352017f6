package nl.voordeur.bench.gatling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Heap in use by the app after the load, read with {@code jcmd GC.heap_info} from the app's own
 * JDK: once as the load left it, once after a full collection (the live set). Finds the app by
 * the marker the Maven profile gives its JVM; does nothing when the app runs elsewhere.
 */
final class AppHeap {

    private AppHeap() {
    }

    static void report(String marker, Path file, String cpu) {
        Optional<ProcessHandle> app = AppProcess.find(marker);
        if (app.isEmpty()) {
            System.out.println("Heap: app process with marker " + marker + " not found");
            return;
        }
        long pid = app.get().pid();
        Path jcmd = app.get().info().command().map(c -> Path.of(c).resolveSibling("jcmd")).orElse(Path.of("jcmd"));
        String text = "app pid " + pid + "\n" + cpu + "-- after the load:\n" + run(jcmd, pid, "GC.heap_info")
                + "-- after a full collection (live set):\n" + run(jcmd, pid, "GC.run") + run(jcmd, pid, "GC.heap_info");
        System.out.println(text);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            System.out.println("Heap: could not write " + file + ": " + e.getMessage());
        }
    }

    private static String run(Path jcmd, long pid, String command) {
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "jcmd failed: " + e.getMessage() + "\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted\n";
        }
    }
}

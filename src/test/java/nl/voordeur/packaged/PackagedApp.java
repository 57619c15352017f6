package nl.voordeur.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The product as a user starts it: {@code java -jar target/voordeur-*.jar} in a fresh working
 * directory, with the embedded PostgreSQL under it and the demo data on, exactly as the README
 * says. Started once per test JVM (the failsafe run) and stopped when that JVM ends; every
 * {@code *IT} test talks to it over HTTP only, so nothing from the test classpath can hide a
 * class missing from the jar.
 */
public final class PackagedApp {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static PackagedApp instance;

    private final Process process;
    private final int port;
    private final Path workDir;
    private final Path log;
    private final boolean readyOnlyAfterLogins;

    private PackagedApp(Process process, int port, Path workDir, Path log, boolean readyOnlyAfterLogins) {
        this.process = process;
        this.port = port;
        this.workDir = workDir;
        this.log = log;
        this.readyOnlyAfterLogins = readyOnlyAfterLogins;
    }

    /** The one running jar of this test JVM, started on first use. */
    public static synchronized PackagedApp get() {
        if (instance == null) instance = start();
        return instance;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** What the app printed to standard output and error so far. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the demo logins worked at the first moment readiness said UP. */
    public boolean readyOnlyAfterLogins() {
        return readyOnlyAfterLogins;
    }

    private static PackagedApp start() {
        Path jar = Path.of(System.getProperty("voordeur.jar", "target/voordeur-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("no packaged jar at " + jar + ": run ./mvnw verify");
        try {
            Path workDir = Files.createTempDirectory("voordeur-jar-");
            Path log = workDir.resolve("app.log");
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(javaOfThisJvm(), "-Xmx768m", "-jar", jar.toString(),
                    "--server.port=" + port));
            // as a user on a fresh machine: defaults only (demo on, embedded database in ./data under the working dir)
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            PackagedApp app = new PackagedApp(process, port, workDir, log, awaitReady(process, port, log));
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Polls readiness until UP. The first time it answers UP, a demo login must already work:
     * readiness that goes UP before the demo data exist would send users to a login that fails.
     */
    private static boolean awaitReady(Process process, int port, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new IllegalStateException("the jar stopped while starting:\n" + tail(log));
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return loginWorks(http, port);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        process.destroyForcibly();
        throw new IllegalStateException("the jar was not ready within " + START_TIMEOUT + ":\n" + tail(log));
    }

    private static boolean loginWorks(HttpClient http, int port) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"coordinator\",\"password\":\"demo-voordeur-2026\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteTree(workDir);
    }

    private static String javaOfThisJvm() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}

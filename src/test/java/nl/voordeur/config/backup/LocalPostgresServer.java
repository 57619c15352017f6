package nl.voordeur.config.backup;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A real PostgreSQL server as an operator runs one: the distribution's own server and client tools
 * ({@code /usr/lib/postgresql/<major>/bin}, Debian's {@code postgresql} package, which
 * {@code .ci/run} installs when it is missing), a throw-away cluster on a free port, run as the
 * {@code postgres} OS user when the tests run as root (PostgreSQL refuses root).
 */
final class LocalPostgresServer implements AutoCloseable {

    static final String PASSWORD = "server-test-secret";

    final Path bin;
    final Path data;
    final int port;

    private LocalPostgresServer(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** The newest installed major version's tools. */
    static Path tools() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            throw new IllegalStateException("No PostgreSQL server installed under /usr/lib/postgresql: install Debian's "
                    + "'postgresql' package (.ci/run does) for the backup test against a real server.");
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("postgres")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("No postgres binary under /usr/lib/postgresql/*/bin"));
        }
    }

    static LocalPostgresServer start() throws Exception {
        Path bin = tools();
        Path data = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "voordeur-pg-" + UUID.randomUUID()));
        Path pwfile = data.resolveSibling(data.getFileName() + ".pw");
        Files.writeString(pwfile, PASSWORD);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        if (root()) run(List.of("chown", "postgres:postgres", data.toString(), pwfile.toString()));
        run(asServerUser(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "--auth=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C.UTF-8"));
        run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", data.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1", "start"));
        var server = new LocalPostgresServer(bin, data, port);
        server.database("postgres").sql("CREATE DATABASE voordeur").update();
        return server;
    }

    JdbcClient database(String name) {
        return JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + port + "/" + name, "postgres", PASSWORD));
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/voordeur";
    }

    /** An empty database of the same name, as on a new server. */
    void recreateEmpty() {
        JdbcClient postgres = database("postgres");
        postgres.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'voordeur' AND pid <> pg_backend_pid()")
                .query(Boolean.class).list();
        postgres.sql("DROP DATABASE voordeur").update();
        postgres.sql("CREATE DATABASE voordeur").update();
    }

    @Override
    public void close() throws Exception {
        run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
        run(List.of("rm", "-rf", data.toString(), data.resolveSibling(data.getFileName() + ".pw").toString()));
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asServerUser(String... command) {
        List<String> all = new ArrayList<>();
        if (root()) all.addAll(List.of("runuser", "-u", "postgres", "--"));
        all.addAll(List.of(command));
        return all;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}

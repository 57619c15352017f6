package nl.voordeur.config.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import nl.voordeur.VoordeurApplication;

/**
 * A data directory laid out as the application's default {@code ./data}: the embedded database in
 * {@code pg/}, the two-factor key, the audit key and the audit checkpoints beside it.
 */
record DataRoot(Path root, String backupKey) {

    List<String> settings() {
        return List.of(
                "--voordeur.database.embedded.data-directory=" + root.resolve("pg"),
                "--voordeur.access.two-factor.key-file=" + root.resolve("two-factor.key"),
                "--voordeur.audit.key-file=" + root.resolve("audit.key"),
                "--voordeur.audit.checkpoint-directory=" + root.resolve("audit-checkpoints"),
                "--voordeur.backup.key=" + backupKey);
    }

    /** The application on this directory, on a free port (demo data when the database is empty). */
    ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(settings());
        args.add("--server.port=0");
        args.add("--voordeur.instance-name=" + root.getFileName());
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(VoordeurApplication.class).run(args.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Runs the backup or restore command as {@code java -jar voordeur.jar} would, in this JVM. */
    Command command(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(settings());
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int exit = BackupCommand.run(new java.io.PrintStream(out, true), new java.io.PrintStream(err, true),
                all.toArray(String[]::new));
        return new Command(exit, out.toString(), err.toString());
    }

    record Command(int exit, String out, String err) {
    }
}

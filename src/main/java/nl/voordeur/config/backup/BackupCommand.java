package nl.voordeur.config.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar voordeur.jar backup --to FILE} and {@code restore --from FILE}: run instead of
 * the application, with its configuration (application.properties, profiles, environment variables
 * and {@code --name=value} arguments), and end with exit code 0 (done), 1 (refused or failed, with
 * the reason on standard error) or 2 (wrong arguments).
 */
public final class BackupCommand {

    private static final String USAGE = """
            usage: java -jar voordeur.jar backup --to FILE [--name=value ...]
                   java -jar voordeur.jar restore --from FILE [--name=value ...]
            The key comes from VOORDEUR_BACKUP_KEY (voordeur.backup.key), the database and the key files from the
            application's usual settings. A restore goes only into an empty data directory or database.""";

    private BackupCommand() {
    }

    /** Whether the arguments ask for a backup or a restore rather than the application. */
    public static boolean handles(String... args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        String command = args[0];
        String option = command.equals("backup") ? "--to" : "--from";
        String file = null;
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(option) && i + 1 < args.length) {
                file = args[++i];
            } else if (args[i].startsWith(option + "=")) {
                file = args[i].substring(option.length() + 1);
            } else if (args[i].startsWith("--") && args[i].contains("=")) {
                settings.add(args[i]);
            } else {
                err.println("unknown argument: " + args[i]);
                err.println(USAGE);
                return 2;
            }
        }
        if (file == null) {
            err.println(USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = configuration(settings)) {
            var env = context.getEnvironment();
            Backups backups = new Backups(BackupSettings.from(env), null, env.getProperty("voordeur.api.version", "unknown"));
            if (command.equals("backup")) {
                out.println("Backup written: " + backups.backup(Path.of(file)));
            } else {
                out.println("Restored: " + backups.restore(Path.of(file))
                        + ". Start the application as usual; /api/v1/audit/verify checks the audit log.");
            }
            return 0;
        } catch (BackupRefused e) {
            err.println(command + " failed: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println(command + " failed: " + e);
            return 1;
        }
    }

    /** The application's configuration without the application: no web server, no database pool. */
    private static ConfigurableApplicationContext configuration(List<String> settings) {
        return new SpringApplicationBuilder(Configuration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of("logging.level.root", "WARN", "spring.main.register-shutdown-hook", "false"))
                .run(settings.toArray(String[]::new));
    }

    /** An empty context: only its environment is used. */
    static final class Configuration {
    }
}

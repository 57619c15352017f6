package nl.voordeur.config.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import nl.voordeur.shared.SecretFile;

/**
 * The embedded PostgreSQL of a data directory as another process (the running application) left
 * it: {@code postmaster.pid} names the server's process and, on its fourth line, its port.
 */
final class RunningServer {

    private RunningServer() {
    }

    static Optional<Integer> port(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) return Optional.empty();
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) return Optional.empty();
            long pid = Long.parseLong(lines.get(0).strip());
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(Integer.parseInt(lines.get(3).strip()));
            }
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String superuserPassword(Path dataDirectory) {
        return SecretFile.read(dataDirectory.resolve("voordeur-superuser.secret"))
                .orElseThrow(() -> new BackupRefused("The embedded database in " + dataDirectory + " has no"
                        + " voordeur-superuser.secret: start the application once with this version, then back up."));
    }
}

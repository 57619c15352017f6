package nl.voordeur.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a benchmark's figures and keeps them in target/benchmarks/. */
final class Report {

    private Report() {
    }

    static void write(String name, String text) throws IOException {
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".txt"), text);
        System.out.println("\n[benchmark] " + text);
    }
}

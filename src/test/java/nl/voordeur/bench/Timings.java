package nl.voordeur.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of one measured operation: warm-up first (not kept), then the measured rounds. */
final class Timings {

    private final String name;
    private final List<Long> nanos = new ArrayList<>();
    private long wallNanos;

    Timings(String name) {
        this.name = name;
    }

    /** Runs {@code warmup} unmeasured and {@code rounds} measured calls of {@code work}, given the round number. */
    static Timings measure(String name, int warmup, int rounds, java.util.function.IntConsumer work) {
        Timings timings = new Timings(name);
        for (int i = 0; i < warmup; i++) work.accept(i);
        long wall = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.accept(warmup + i);
            timings.nanos.add(System.nanoTime() - start);
        }
        timings.wallNanos = System.nanoTime() - wall;
        return timings;
    }

    /**
     * Two operations measured round by round in turn (a, b, a, b, ...), so that both meet the same
     * moments of the machine; each one's wall time is the sum of its own rounds.
     */
    static List<Timings> alternate(String nameA, String nameB, int warmup, int rounds, java.util.function.IntConsumer a,
                                   java.util.function.IntConsumer b) {
        Timings first = new Timings(nameA);
        Timings second = new Timings(nameB);
        for (int i = 0; i < warmup; i++) {
            a.accept(2 * i);
            b.accept(2 * i + 1);
        }
        for (int i = warmup; i < warmup + rounds; i++) {
            first.time(a, 2 * i);
            second.time(b, 2 * i + 1);
        }
        return List.of(first, second);
    }

    private void time(java.util.function.IntConsumer work, int round) {
        long start = System.nanoTime();
        work.accept(round);
        long took = System.nanoTime() - start;
        nanos.add(took);
        wallNanos += took;
    }

    double percentile(double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    double perSecond() {
        return nanos.size() / (wallNanos / 1e9);
    }

    String line() {
        return String.format("  %-58s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms   (%d rounds)", name, percentile(50),
                percentile(95), percentile(100), nanos.size());
    }
}

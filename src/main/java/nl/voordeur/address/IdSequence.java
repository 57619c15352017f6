package nl.voordeur.address;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Ids for one import, in ascending order (version 7 layout: milliseconds first, then a random
 * part fixed for the import, a counter and random bits), so that the primary key index grows at
 * its right edge instead of taking a million random page writes.
 */
final class IdSequence {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final long high;
    private final SplittableRandom random = new SplittableRandom(SEEDS.nextLong());
    private long counter;

    IdSequence(Instant now) {
        this.high = (now.toEpochMilli() << 16) | 0x7000L | (SEEDS.nextInt() & 0x0FFFL);
    }

    UUID next() {
        long low = 0x8000_0000_0000_0000L | ((counter++ & 0x3FFF_FFFFL) << 32) | (random.nextLong() & 0xFFFF_FFFFL);
        return new UUID(high, low);
    }
}

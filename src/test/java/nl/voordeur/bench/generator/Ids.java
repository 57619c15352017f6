package nl.voordeur.bench.generator;

import java.util.UUID;

/**
 * Deterministic ids: the high half counts up per table (so every primary-key index is filled
 * in order, like time-ordered UUIDs), the low half mixes the seed in so two seeds never share ids.
 */
final class Ids {

    private final long seed;
    private final long[] next = new long[32];

    Ids(long seed) {
        this.seed = seed;
    }

    UUID next(Tag tag) {
        long n = ++next[tag.ordinal()];
        return new UUID(((long) (tag.ordinal() + 1) << 56) | n, mix(seed * 0x9E3779B97F4A7C15L + tag.ordinal(), n));
    }

    long count(Tag tag) {
        return next[tag.ordinal()];
    }

    static UUID fixed(long seed, Tag tag, long n) {
        return new UUID(((long) (tag.ordinal() + 1) << 56) | n, mix(seed * 0x9E3779B97F4A7C15L + tag.ordinal(), n));
    }

    private static long mix(long a, long b) {
        long z = a ^ (b * 0xBF58476D1CE4E5B9L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    enum Tag {
        ORGANISATION, USER, PROGRAMME, ADDRESS, ATTEMPT, HOUSEHOLD, PERSON, VISIT, CONVERSATION, SCORE, QUESTION,
        CASE, GOAL, ACTION, REFERRAL
    }
}

package nl.voordeur.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the real time, unless a test sets a moment (and resets it
 * when done, see {@link #reset()}).
 */
public final class TestClock extends Clock {

    private static volatile Instant fixed;

    public static void set(ZonedDateTime moment) {
        fixed = moment.toInstant();
    }

    public static void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Europe/Amsterdam");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(zone);
    }

    @Override
    public Instant instant() {
        Instant moment = fixed;
        return moment == null ? Instant.now() : moment;
    }

    private final class Zoned extends Clock {
        private final ZoneId zone;

        Zoned(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(other);
        }

        @Override
        public Instant instant() {
            return TestClock.this.instant();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        Clock testClock() {
            return new TestClock();
        }
    }
}

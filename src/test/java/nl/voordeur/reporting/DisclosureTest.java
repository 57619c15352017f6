package nl.voordeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisclosureTest {

    @Test
    void countsUnderFiveZeroIncludedAreHiddenAndTheRestRoundedToFive() {
        assertThat(Disclosure.text(Disclosure.count(0))).isEqualTo("<5");
        assertThat(Disclosure.text(Disclosure.count(4))).isEqualTo("<5");
        assertThat(Disclosure.count(5)).isEqualTo(5);
        assertThat(Disclosure.count(7)).isEqualTo(5);
        assertThat(Disclosure.count(8)).isEqualTo(10);
        assertThat(Disclosure.count(12)).isEqualTo(10);
        assertThat(Disclosure.count(13)).isEqualTo(15);
    }

    @Test
    void anyTwoShownCountsDifferByAMultipleOfFive() {
        for (long a = 0; a < 200; a++) {
            for (long b = 0; b < 200; b++) {
                long x = Disclosure.count(a);
                long y = Disclosure.count(b);
                if (!Disclosure.hidden(x) && !Disclosure.hidden(y)) assertThat(Math.abs(x - y) % 5).isZero();
            }
        }
    }
}

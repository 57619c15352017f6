package nl.voordeur.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DutchMoneyTest {

    @Test
    void readsAmountsAsTheyAreTypedInTheNetherlands() {
        assertThat(DutchMoney.parse("€ 48.500,00")).contains(new BigDecimal("48500.00"));
        assertThat(DutchMoney.parse("48.500")).contains(new BigDecimal("48500"));
        assertThat(DutchMoney.parse("48500")).contains(new BigDecimal("48500"));
        assertThat(DutchMoney.parse("48500,5")).contains(new BigDecimal("48500.5"));
        assertThat(DutchMoney.parse("€48.500,-")).contains(new BigDecimal("48500"));
        assertThat(DutchMoney.parse("1.234.567,89")).contains(new BigDecimal("1234567.89"));
        assertThat(DutchMoney.parse("64395.50")).contains(new BigDecimal("64395.50"));
    }

    @Test
    void refusesWhatIsNoAmount() {
        assertThat(DutchMoney.parse("veel")).isEmpty();
        assertThat(DutchMoney.parse("48.50.0")).isEmpty();
        assertThat(DutchMoney.parse("-5")).isEmpty();
        assertThat(DutchMoney.parse("  ")).isEmpty();
    }
}

package nl.voordeur.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DirectionTest {

    @Test
    void fewerNuisanceReportsAfterTheBaselineYearIsBetterAndMoreIsWorse() {
        assertThat(Direction.LOWER_IS_BETTER.verdict(2017, BigDecimal.valueOf(80), 2019, BigDecimal.valueOf(60)))
                .isEqualTo(Direction.Verdict.BETTER);
        assertThat(Direction.LOWER_IS_BETTER.verdict(2017, BigDecimal.valueOf(80), 2020, BigDecimal.valueOf(90)))
                .isEqualTo(Direction.Verdict.WORSE);
        assertThat(Direction.HIGHER_IS_BETTER.verdict(2017, new BigDecimal("48.0"), 2019, new BigDecimal("48")))
                .isEqualTo(Direction.Verdict.SAME);
    }

    @Test
    void aValueFromTheBaselineYearOrWithoutABaselineSaysNothingYet() {
        assertThat(Direction.HIGHER_IS_BETTER.verdict(2019, BigDecimal.ONE, 2019, BigDecimal.TEN)).isNull();
        assertThat(Direction.HIGHER_IS_BETTER.verdict(null, null, 2019, BigDecimal.TEN)).isNull();
    }
}

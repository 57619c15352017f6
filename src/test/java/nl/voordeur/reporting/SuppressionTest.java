package nl.voordeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    static Report.PartnerFigures partner(long sent, long accepted, long rejected, long successful, long overdue) {
        return new Report.PartnerFigures(UUID.randomUUID(), "Partner", sent, accepted, rejected, successful,
                new BigDecimal("2.0"), 5, overdue);
    }

    @Test
    void aPartnerRowWithOneSmallCountIsHiddenWholeSoNoCellCanBeWorkedOutFromTheOthers() {
        // 12 sent, 9 accepted, 3 rejected: hiding only the 3 would leave 12 - 9 = 3 for anyone to compute
        assertThat(Suppression.partnerRow(partner(12, 9, 3, 6, 0)))
                .containsExactly("<5", "<5", "<5", "<5", "<5", "<5");
    }

    @Test
    void aPartnerRowWithoutSmallCountsIsShownWithItsMedian() {
        assertThat(Suppression.partnerRow(partner(20, 15, 5, 10, 0)))
                .containsExactly(20L, 15L, 5L, 10L, 0L, new BigDecimal("2.0"));
    }

    @Test
    void theMedianNeedsAtLeastFiveReferrals() {
        assertThat(Suppression.partnerRow(partner(0, 0, 0, 0, 0)).get(5)).isEqualTo("<5");
    }

    @Test
    void aSingleHiddenCountInAGroupTakesTheSmallestOtherWithIt() {
        assertThat(Suppression.group(java.util.List.of(12L, 3L, 30L))).containsExactly("<5", "<5", 30L);
        assertThat(Suppression.group(java.util.List.of(12L, 3L, 2L, 30L))).containsExactly(12L, "<5", "<5", 30L);
    }
}

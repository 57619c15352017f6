package nl.voordeur.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.voordeur.shared.DomainRuleViolated;

class ReferralStatusTest {

    @Test
    void aSentReferralCanBeAcceptedRejectedWithAReasonOrWithdrawn() {
        assertThat(ReferralStatus.SENT.accept()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(ReferralStatus.SENT.reject("Geen capaciteit")).isEqualTo(ReferralStatus.REJECTED);
        assertThat(ReferralStatus.SENT.withdraw()).isEqualTo(ReferralStatus.WITHDRAWN);
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatThrownBy(() -> ReferralStatus.SENT.reject(" ")).hasMessage("referral.reject.reason");
    }

    @Test
    void anAcceptedReferralCompletesSuccessfullyOrWithAReasonOrIsWithdrawn() {
        assertThat(ReferralStatus.ACCEPTED.complete(true, null)).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(ReferralStatus.ACCEPTED.complete(false, "Bewoner haakte af")).isEqualTo(ReferralStatus.COMPLETED);
        assertThatThrownBy(() -> ReferralStatus.ACCEPTED.complete(false, "")).hasMessage("referral.complete.reason");
        assertThatThrownBy(() -> ReferralStatus.ACCEPTED.complete(null, null)).hasMessage("referral.complete.successful");
        assertThat(ReferralStatus.ACCEPTED.withdraw()).isEqualTo(ReferralStatus.WITHDRAWN);
    }

    @Test
    void aSentReferralCannotBeCompletedBeforeItIsAccepted() {
        assertThatThrownBy(() -> ReferralStatus.SENT.complete(true, null)).isInstanceOf(DomainRuleViolated.class)
                .hasMessage("referral.transition");
    }

    @Test
    void anAcceptedReferralCannotBeAcceptedOrRejectedAgain() {
        assertThatThrownBy(ReferralStatus.ACCEPTED::accept).hasMessage("referral.transition");
        assertThatThrownBy(() -> ReferralStatus.ACCEPTED.reject("x")).hasMessage("referral.transition");
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"REJECTED", "COMPLETED", "WITHDRAWN"})
    void aClosedReferralRefusesEveryAction(ReferralStatus closed) {
        assertThatThrownBy(closed::accept).hasMessage("referral.transition");
        assertThatThrownBy(() -> closed.reject("x")).hasMessage("referral.transition");
        assertThatThrownBy(() -> closed.complete(true, null)).hasMessage("referral.transition");
        assertThatThrownBy(closed::withdraw).hasMessage("referral.transition");
    }
}

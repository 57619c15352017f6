package nl.voordeur.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AddressStateMachineTest {

    static final Set<AddressStatus> OPEN = EnumSet.of(AddressStatus.IN_SCOPE, AddressStatus.ANNOUNCED,
            AddressStatus.NOT_HOME, AddressStatus.APPOINTMENT_MADE, AddressStatus.DOORSTEP_CONTACT);

    @Test
    void everyOutcomeIsAllowedFromEveryOpenStatusAndBecomesTheStatus() {
        for (AddressStatus from : OPEN) {
            for (Outcome outcome : Outcome.values()) {
                assertThat(AddressStateMachine.afterAttempt(from, outcome)).as(from + " + " + outcome)
                        .isEqualTo(AddressStatus.valueOf(outcome.name()));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = AddressStatus.class, names = {"MOVED", "VACANT", "NOT_RESIDENTIAL"})
    void anExcludedDwellingRefusesEveryConversationOutcome(AddressStatus from) {
        for (Outcome outcome : EnumSet.of(Outcome.NOT_HOME, Outcome.APPOINTMENT_MADE, Outcome.DOORSTEP_CONTACT, Outcome.REFUSED)) {
            assertThatThrownBy(() -> AddressStateMachine.afterAttempt(from, outcome))
                    .isInstanceOf(IllegalTransition.class).hasMessage("address.transition.excluded");
        }
    }

    @ParameterizedTest
    @EnumSource(value = AddressStatus.class, names = {"MOVED", "VACANT", "NOT_RESIDENTIAL"})
    void anExcludedDwellingAcceptsAnotherFindingAboutTheDwelling(AddressStatus from) {
        assertThat(AddressStateMachine.afterAttempt(from, Outcome.VACANT)).isEqualTo(AddressStatus.VACANT);
        assertThat(AddressStateMachine.afterAttempt(from, Outcome.MOVED)).isEqualTo(AddressStatus.MOVED);
        assertThat(AddressStateMachine.afterAttempt(from, Outcome.NOT_RESIDENTIAL)).isEqualTo(AddressStatus.NOT_RESIDENTIAL);
    }

    @Test
    void aVisitedAddressStaysVisitedAfterLaterConversationsButNotAfterAMove() {
        for (Outcome outcome : EnumSet.of(Outcome.NOT_HOME, Outcome.APPOINTMENT_MADE, Outcome.DOORSTEP_CONTACT, Outcome.REFUSED)) {
            assertThat(AddressStateMachine.afterAttempt(AddressStatus.VISITED, outcome)).isEqualTo(AddressStatus.VISITED);
        }
        assertThat(AddressStateMachine.afterAttempt(AddressStatus.VISITED, Outcome.MOVED)).isEqualTo(AddressStatus.MOVED);
    }

    @Test
    void aRefusalEndsTheApproachButAFindingAboutTheDwellingStillCounts() {
        for (Outcome outcome : EnumSet.of(Outcome.NOT_HOME, Outcome.APPOINTMENT_MADE, Outcome.DOORSTEP_CONTACT, Outcome.REFUSED)) {
            assertThatThrownBy(() -> AddressStateMachine.afterAttempt(AddressStatus.REFUSED, outcome)).as(outcome.name())
                    .hasMessage("address.transition.refused");
        }
        for (Outcome finding : EnumSet.of(Outcome.MOVED, Outcome.VACANT, Outcome.NOT_RESIDENTIAL)) {
            assertThat(AddressStateMachine.afterAttempt(AddressStatus.REFUSED, finding)).isEqualTo(AddressStatus.valueOf(finding.name()));
        }
        assertThatThrownBy(() -> AddressStateMachine.afterVisit(AddressStatus.REFUSED)).hasMessage("address.transition.visitRefused");
        assertThat(AddressStateMachine.corrected(AddressStatus.REFUSED, AddressStatus.IN_SCOPE))
                .as("a coordinator reopens it").isEqualTo(AddressStatus.IN_SCOPE);
    }

    @Test
    void aVisitIsAllowedFromEveryOpenStatusAndFromVisited() {
        for (AddressStatus from : EnumSet.of(AddressStatus.IN_SCOPE, AddressStatus.ANNOUNCED, AddressStatus.NOT_HOME,
                AddressStatus.APPOINTMENT_MADE, AddressStatus.DOORSTEP_CONTACT, AddressStatus.VISITED)) {
            assertThat(AddressStateMachine.afterVisit(from)).isEqualTo(AddressStatus.VISITED);
        }
    }

    @ParameterizedTest
    @EnumSource(value = AddressStatus.class, names = {"MOVED", "VACANT", "NOT_RESIDENTIAL"})
    void aVisitAtAnExcludedDwellingIsRefused(AddressStatus from) {
        assertThatThrownBy(() -> AddressStateMachine.afterVisit(from)).hasMessage("address.transition.visitExcluded");
    }

    @Test
    void aLetterAnnouncesOnlyAnAddressNotYetApproached() {
        assertThat(AddressStateMachine.afterLetter(AddressStatus.IN_SCOPE)).isEqualTo(AddressStatus.ANNOUNCED);
        for (AddressStatus other : EnumSet.complementOf(EnumSet.of(AddressStatus.IN_SCOPE))) {
            assertThat(AddressStateMachine.afterLetter(other)).isEqualTo(other);
        }
    }

    @Test
    void aCorrectionCanUndoAnExclusionButCannotInventAVisit() {
        assertThat(AddressStateMachine.corrected(AddressStatus.NOT_RESIDENTIAL, AddressStatus.IN_SCOPE)).isEqualTo(AddressStatus.IN_SCOPE);
        assertThatThrownBy(() -> AddressStateMachine.corrected(AddressStatus.IN_SCOPE, AddressStatus.VISITED))
                .hasMessage("address.transition.correctToVisited");
    }

    @Test
    void aRefusalIsAContactButNotAVisit() {
        assertThat(Outcome.REFUSED.isContact()).isTrue();
        assertThat(AddressStateMachine.afterAttempt(AddressStatus.IN_SCOPE, Outcome.REFUSED)).isNotEqualTo(AddressStatus.VISITED);
        assertThat(Outcome.NOT_HOME.isContact()).isFalse();
    }
}

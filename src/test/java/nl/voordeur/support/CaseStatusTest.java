package nl.voordeur.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.voordeur.support.CaseStatus.CloseReason;

class CaseStatusTest {

    @Test
    void anOpenCaseBecomesActiveOnlyWithAPlan() {
        assertThat(CaseStatus.OPEN.activate(true)).isEqualTo(CaseStatus.ACTIVE);
        assertThatThrownBy(() -> CaseStatus.OPEN.activate(false)).hasMessage("case.plan.required");
    }

    @Test
    void anActiveCaseMovesToMonitoringAndBack() {
        assertThat(CaseStatus.ACTIVE.monitor()).isEqualTo(CaseStatus.MONITORING);
        assertThat(CaseStatus.MONITORING.activate(true)).isEqualTo(CaseStatus.ACTIVE);
    }

    @Test
    void monitoringNeedsAnActiveCase() {
        assertThatThrownBy(CaseStatus.OPEN::monitor).hasMessage("case.transition");
        assertThatThrownBy(CaseStatus.MONITORING::monitor).hasMessage("case.transition");
        assertThatThrownBy(CaseStatus.CLOSED::monitor).hasMessage("case.transition");
    }

    @Test
    void anActiveCaseCannotBeActivatedAgain() {
        assertThatThrownBy(() -> CaseStatus.ACTIVE.activate(true)).hasMessage("case.transition");
    }

    @Test
    void aCaseClosesWithAReasonOnlyWhenItsQuestionsAreSettled() {
        assertThat(CaseStatus.ACTIVE.close(CloseReason.GOALS_MET, true)).isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseStatus.MONITORING.close(CloseReason.HANDED_OVER, true)).isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseStatus.OPEN.close(CloseReason.RESIDENT_STOPPED, true)).isEqualTo(CaseStatus.CLOSED);
        assertThatThrownBy(() -> CaseStatus.ACTIVE.close(null, true)).hasMessage("case.reason.required");
        assertThatThrownBy(() -> CaseStatus.ACTIVE.close(CloseReason.GOALS_MET, false)).hasMessage("case.questions.open");
    }

    @Test
    void aClosedCaseRefusesEverything() {
        assertThatThrownBy(() -> CaseStatus.CLOSED.close(CloseReason.GOALS_MET, true)).hasMessage("case.transition");
        assertThatThrownBy(() -> CaseStatus.CLOSED.activate(true)).hasMessage("case.transition");
    }
}

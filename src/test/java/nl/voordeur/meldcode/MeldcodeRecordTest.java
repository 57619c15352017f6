package nl.voordeur.meldcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MeldcodeRecordTest {

    static final UUID OFFICER = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

    static MeldcodeRecord fresh() {
        return MeldcodeRecord.open(new Opening(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, null,
                "Blauwe plekken bij het jongste kind", UUID.randomUUID(), NOW));
    }

    /** A record with the first {@code done} steps recorded; step 4 answers as given. */
    static MeldcodeRecord after(int done, boolean acute, boolean structural) {
        MeldcodeRecord record = fresh();
        for (MeldcodeStep step : MeldcodeStep.values()) {
            if (step.number() > done) break;
            record.take(input(step, acute, structural, Decision.REPORT_TO_VEILIG_THUIS), OFFICER, NOW);
        }
        return record;
    }

    static NewStep input(MeldcodeStep step, Boolean acute, Boolean structural, Decision decision) {
        return new NewStep(step, "Notitie bij " + step, acute, structural, decision);
    }

    static NewStep valid(MeldcodeStep step) {
        return input(step, false, false, Decision.ORGANISE_HELP);
    }

    @Test
    void aNewRecordIsOpenAndWaitsForStepOne() {
        MeldcodeRecord record = fresh();
        assertThat(record.status()).isEqualTo(MeldcodeStatus.OPEN);
        assertThat(record.nextStep()).contains(MeldcodeStep.SIGNALS_MAPPED);
        assertThat(record.steps()).isEmpty();
    }

    @Test
    void eachStepIsAllowedRightAfterThePreviousOneAndIsDatedWithWhoAndNote() {
        for (MeldcodeStep step : MeldcodeStep.values()) {
            MeldcodeRecord record = after(step.number() - 1, false, false);
            StepTaken taken = record.take(valid(step), OFFICER, NOW);
            assertThat(taken.step()).isEqualTo(step);
            assertThat(taken.by()).isEqualTo(OFFICER);
            assertThat(taken.at()).isEqualTo(NOW);
            assertThat(taken.note()).isEqualTo("Notitie bij " + step);
            assertThat(record.steps()).hasSize(step.number());
        }
    }

    @Test
    void everyStepOtherThanTheNextIsRefused() {
        for (int done = 0; done < 5; done++) {
            for (MeldcodeStep step : MeldcodeStep.values()) {
                if (step.number() == done + 1) continue;
                MeldcodeRecord record = after(done, false, false);
                String expected = step.number() <= done ? "meldcode.step.done" : "meldcode.step.outOfOrder";
                assertThatThrownBy(() -> record.take(valid(step), OFFICER, NOW)).as(done + " done, then " + step)
                        .isInstanceOf(StepRefused.class).hasMessage(expected);
                assertThat(record.steps()).hasSize(done);
            }
        }
    }

    @Test
    void stepThreeBeforeStepTwoNamesTheStepToRecordFirst() {
        MeldcodeRecord record = after(1, false, false);
        assertThatThrownBy(() -> record.take(valid(MeldcodeStep.DISCUSSED), OFFICER, NOW))
                .isInstanceOfSatisfying(StepRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("step");
                    assertThat(e.arguments()[0]).isEqualTo(3);
                    assertThat(e.arguments()[2]).isEqualTo(2);
                });
    }

    @ParameterizedTest
    @EnumSource(MeldcodeStep.class)
    void aClosedRecordRefusesEveryStep(MeldcodeStep step) {
        MeldcodeRecord record = after(5, false, false);
        assertThat(record.status()).isEqualTo(MeldcodeStatus.CLOSED);
        assertThatThrownBy(() -> record.take(valid(step), OFFICER, NOW)).hasMessage("meldcode.closed");
    }

    @ParameterizedTest
    @EnumSource(MeldcodeStep.class)
    void aStepWithoutANoteIsRefused(MeldcodeStep step) {
        MeldcodeRecord record = after(step.number() - 1, false, false);
        assertThatThrownBy(() -> record.take(new NewStep(step, "  ", false, false, Decision.BOTH), OFFICER, NOW))
                .hasMessage("meldcode.note.required");
        assertThatThrownBy(() -> record.take(new NewStep(step, "x".repeat(4001), false, false, Decision.BOTH), OFFICER, NOW))
                .hasMessage("meldcode.note.tooLong");
        assertThat(record.steps()).hasSize(step.number() - 1);
    }

    @Test
    void aStepWithoutAStepIsRefused() {
        assertThatThrownBy(() -> fresh().take(new NewStep(null, "Notitie", null, null, null), OFFICER, NOW))
                .hasMessage("meldcode.step.required");
    }

    @Test
    void weighingRefusesAMissingAnswerToEitherQuestion() {
        MeldcodeRecord record = after(3, false, false);
        assertThatThrownBy(() -> record.take(input(MeldcodeStep.WEIGHED, null, false, null), OFFICER, NOW))
                .hasMessage("meldcode.acuteUnsafety.required");
        assertThatThrownBy(() -> record.take(input(MeldcodeStep.WEIGHED, true, null, null), OFFICER, NOW))
                .hasMessage("meldcode.structuralUnsafety.required");
        assertThat(record.nextStep()).contains(MeldcodeStep.WEIGHED);
    }

    @Test
    void weighingKeepsBothAnswersAndOtherStepsIgnoreThem() {
        MeldcodeRecord record = after(3, false, false);
        assertThat(record.steps()).allSatisfy(s -> assertThat(s.acuteUnsafety()).isNull());
        StepTaken weighed = record.take(input(MeldcodeStep.WEIGHED, false, true, null), OFFICER, NOW);
        assertThat(weighed.acuteUnsafety()).isFalse();
        assertThat(weighed.structuralUnsafety()).isTrue();
        assertThat(record.foundUnsafety()).isTrue();
    }

    @Test
    void decidingWithoutADecisionIsRefused() {
        MeldcodeRecord record = after(4, false, false);
        assertThatThrownBy(() -> record.take(input(MeldcodeStep.DECIDED, null, null, null), OFFICER, NOW))
                .hasMessage("meldcode.decision.required");
        assertThat(record.status()).isEqualTo(MeldcodeStatus.OPEN);
    }

    @ParameterizedTest(name = "acute={0} structural={1} decision={2}")
    @CsvSource({
            "true,  false, ORGANISE_HELP", "false, true,  ORGANISE_HELP", "true,  true,  ORGANISE_HELP",
            "true,  false, NO_CONCERN", "false, true,  NO_CONCERN", "true,  true,  NO_CONCERN"})
    void unsafetyCannotCloseWithoutReportingToVeiligThuis(boolean acute, boolean structural, Decision decision) {
        MeldcodeRecord record = after(4, acute, structural);
        assertThatThrownBy(() -> record.take(input(MeldcodeStep.DECIDED, null, null, decision), OFFICER, NOW))
                .isInstanceOf(StepRefused.class).hasMessage("meldcode.decision.reportRequired");
        assertThat(record.status()).isEqualTo(MeldcodeStatus.OPEN);
    }

    @ParameterizedTest(name = "acute={0} structural={1} decision={2}")
    @CsvSource({
            "true,  false, REPORT_TO_VEILIG_THUIS", "false, true,  BOTH", "true,  true,  REPORT_TO_VEILIG_THUIS",
            "false, false, ORGANISE_HELP", "false, false, REPORT_TO_VEILIG_THUIS", "false, false, BOTH",
            "false, false, NO_CONCERN"})
    void anAllowedDecisionClosesTheRecord(boolean acute, boolean structural, Decision decision) {
        MeldcodeRecord record = after(4, acute, structural);
        StepTaken decided = record.take(input(MeldcodeStep.DECIDED, null, null, decision), OFFICER, NOW);
        assertThat(decided.decision()).isEqualTo(decision);
        assertThat(record.status()).isEqualTo(MeldcodeStatus.CLOSED);
        assertThat(record.nextStep()).isEmpty();
        assertThat(record.view().status()).isEqualTo(MeldcodeStatus.CLOSED);
    }
}

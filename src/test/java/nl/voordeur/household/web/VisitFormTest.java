package nl.voordeur.household.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.voordeur.household.LifeDomain;
import nl.voordeur.household.QuestionKind;
import nl.voordeur.household.Relation;
import nl.voordeur.household.Urgency;

/** A saved draft binds back into the form as the page request binds it (Spring's data binder). */
class VisitFormTest {

    private static VisitForm draft(String fields) {
        return VisitForm.fromDraft(VisitController.parse(fields), 3);
    }

    @Test
    void aDraftBindsItsMembersIntakeAndQuestionsByName() {
        VisitForm form = draft("date=2026-11-30&visitorIds=0b6f0a4e-5a53-4c57-9f4b-1f3d2c1b0a99"
                + "&members[0].name=Fatima+Yilmaz&members[0].birthYear=1981&members[0].relation=MAIN_RESIDENT"
                + "&members[0].present=true&_members[0].present=on"
                + "&members[1].name=Elif&members[1].birthYear=&members[1].relation=CHILD&_members[1].present=on"
                + "&interpreterNeeded=true&_interpreterNeeded=on&interpreterLanguage=Turks&minutes=45"
                + "&helpQuestions[0].memberIndex=1&helpQuestions[0].domain=LANGUAGE&helpQuestions[0].kind=SIGNAL"
                + "&helpQuestions[0].description=Taal&helpQuestions[0].urgency=HIGH");

        assertThat(form.date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(form.visitorIds()).as("chosen again").isEmpty();
        assertThat(form.householdVersion()).as("the household's now").isEqualTo(3);
        assertThat(form.members()).containsExactly(new VisitForm.MemberRow("Fatima Yilmaz", 1981, Relation.MAIN_RESIDENT, true),
                new VisitForm.MemberRow("Elif", null, Relation.CHILD, false));
        assertThat(form.interpreterNeeded()).isTrue();
        assertThat(form.interpreterLanguage()).isEqualTo("Turks");
        assertThat(form.minutes()).isEqualTo(45);
        assertThat(form.questions()).containsExactly(
                new VisitForm.QuestionRow(1, LifeDomain.LANGUAGE, QuestionKind.SIGNAL, "Taal", Urgency.HIGH));
        assertThat(form.toCommand().helpQuestions().getFirst().memberIndex()).isEqualTo(1);
    }

    @Test
    void anEmptyDraftGivesOneMemberRowAndADraftThatNoLongerBindsNone() {
        assertThat(draft("date=").members()).hasSize(1);
        assertThat(draft("members[0].birthYear=negentien")).isNull();
    }
}

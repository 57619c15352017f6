package nl.voordeur.household.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.household.DomainScreen;
import nl.voordeur.address.Outreach;
import nl.voordeur.household.Conversations;
import nl.voordeur.household.EmergencyAccess;
import nl.voordeur.shared.DutchZone;
import nl.voordeur.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import nl.voordeur.household.HouseholdFile;
import nl.voordeur.household.HouseholdView;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.shared.web.Flash;
import nl.voordeur.household.HelpQuestions;
import nl.voordeur.household.QuestionKind;
import nl.voordeur.household.Urgency;

/** The household page: members, visits, attempts, conversations, scores and help questions on one timeline. */
@Controller
class HouseholdController {

    private final HouseholdFile files;
    private final HelpQuestions questions;
    private final Conversations conversations;
    private final Outreach outreach;
    private final EmergencyAccess emergency;

    HouseholdController(HouseholdFile files, HelpQuestions questions, Conversations conversations, Outreach outreach,
                        EmergencyAccess emergency) {
        this.emergency = emergency;
        this.files = files;
        this.questions = questions;
        this.conversations = conversations;
        this.outreach = outreach;
    }

    /** One line on the timeline. */
    record Moment(LocalDate date, String kind, String person, String domain, String text) {
    }

    @GetMapping("/households/{id}")
    String show(@PathVariable UUID id, Model model, HttpServletResponse response) {
        HouseholdFile.WithQuestions read;
        try {
            read = files.readWithQuestions(id);
        } catch (NotFound e) {
            if (!emergency.offered(id)) throw e;
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("householdId", id);
            model.addAttribute("grounds", nl.voordeur.household.BreakGlassGround.values());
            return "household/break-glass";
        }
        model.addAttribute("emergencyUntil", emergency.runningUntil(id)
                .map(until -> until.atZone(DutchZone.ZONE).toLocalTime()).orElse(null));
        HouseholdView file = read.file();
        Map<UUID, String> names = file.members().stream()
                .collect(Collectors.toMap(HouseholdView.Member::id, HouseholdView.Member::name));
        var helpQuestions = read.helpQuestions();
        List<Moment> timeline = new ArrayList<>();
        file.visits().forEach(v -> timeline.add(new Moment(v.date(), "VISIT", null, null, String.join(", ", v.visitors()))));
        outreach.attemptsAt(file.addressId()).forEach(a -> timeline.add(new Moment(a.date(), "ATTEMPT", null, null,
                "addressStatus." + a.outcome())));
        file.conversations().forEach(c -> timeline.add(new Moment(c.date(), "CONVERSATION", names.get(c.personId()),
                c.domain().name(), c.note())));
        file.scores().forEach(s -> timeline.add(new Moment(s.date(), "SCORE", names.get(s.personId()), s.domain().name(),
                String.valueOf(s.score()))));
        helpQuestions.forEach(q -> timeline.add(new Moment(q.createdAt().atZone(DutchZone.ZONE)
                .toLocalDate(), "QUESTION_" + q.kind(), names.get(q.personId()), q.domain().name(), q.description())));
        timeline.sort(Comparator.comparing(Moment::date).reversed());
        model.addAttribute("file", file);
        model.addAttribute("addressLine", outreach.lineAt(file.addressId()).orElse(""));
        model.addAttribute("mainResident", file.members().stream()
                .filter(m -> m.relation() == nl.voordeur.household.Relation.MAIN_RESIDENT)
                .map(HouseholdView.Member::name).findFirst().orElse(null));
        model.addAttribute("names", names);
        model.addAttribute("helpQuestions", helpQuestions);
        model.addAttribute("profile", read.profile());
        model.addAttribute("timeline", timeline);
        model.addAttribute("domains", DomainScreen.current().shown());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("urgencies", Urgency.values());
        return "household/show";
    }

    @PostMapping("/households/{id}/help-questions")
    String addQuestion(@PathVariable UUID id, @RequestParam UUID personId, @RequestParam LifeDomain domain,
                       @RequestParam QuestionKind kind, @RequestParam(required = false) String description,
                       @RequestParam(defaultValue = "NORMAL") Urgency urgency, RedirectAttributes redirect) {
        return outcome(id, redirect, "helpQuestion.saved",
                () -> questions.register(id, personId, domain, kind, description, urgency));
    }

    @PostMapping("/households/{id}/conversations")
    String addConversation(@PathVariable UUID id, @RequestParam UUID personId, @RequestParam LifeDomain domain,
                           @RequestParam(required = false) String note, @RequestParam(required = false) Integer score,
                           RedirectAttributes redirect) {
        return outcome(id, redirect, "conversation.saved", () -> conversations.note(personId, domain, note, score));
    }

    private static String outcome(UUID id, RedirectAttributes redirect, String success, Runnable change) {
        Flash.attempt(redirect, success, change);
        return "redirect:/households/" + id;
    }

}

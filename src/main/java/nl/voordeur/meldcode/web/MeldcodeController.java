package nl.voordeur.meldcode.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.meldcode.Decision;
import nl.voordeur.meldcode.Meldcode;
import nl.voordeur.meldcode.MeldcodeStep;
import nl.voordeur.meldcode.MeldcodeSummary;
import nl.voordeur.meldcode.MeldcodeView;
import nl.voordeur.meldcode.NewStep;
import nl.voordeur.meldcode.StepTaken;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.programme.ProgrammeView;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Paging;

/** The aandachtsfunctionaris' queue and one record with its five steps and the form for the next. */
@Controller
class MeldcodeController {

    private final Meldcode meldcode;
    private final ProgrammeManagement programmes;
    private final AccessManagement users;
    private final HouseholdAccess households;

    MeldcodeController(Meldcode meldcode, ProgrammeManagement programmes, AccessManagement users,
                       HouseholdAccess households) {
        this.meldcode = meldcode;
        this.programmes = programmes;
        this.users = users;
        this.households = households;
    }

    @GetMapping("/meldcode")
    String queue(Model model) {
        return list(meldcode.queue(Paging.ALL).items(), null, model);
    }

    @GetMapping("/programmes/{id}/meldcode")
    String programmeQueue(@PathVariable UUID id, Model model) {
        return list(meldcode.listForSafetyOfficer(id, Paging.ALL).items(), programmes.describe(id), model);
    }

    private String list(List<MeldcodeSummary> records, ProgrammeView programme, Model model) {
        model.addAttribute("records", records);
        model.addAttribute("programme", programme);
        model.addAttribute("programmeNames", programmes.visible().stream()
                .collect(Collectors.toMap(ProgrammeView::id, ProgrammeView::name)));
        return "meldcode/list";
    }

    @GetMapping("/meldcode/{id}")
    String show(@PathVariable UUID id, Model model) {
        MeldcodeView record = meldcode.get(id);
        var ids = Stream.concat(Stream.of(record.openedBy()), record.steps().stream().map(StepTaken::by)).distinct().toList();
        model.addAttribute("record", record);
        model.addAttribute("programme", programmes.describe(record.programmeId()));
        model.addAttribute("names", users.displayNames(ids));
        model.addAttribute("steps", MeldcodeStep.values());
        model.addAttribute("taken", record.steps().stream().collect(Collectors.toMap(StepTaken::step, Function.identity())));
        model.addAttribute("decisions", Arrays.stream(Decision.values())
                .filter(d -> !record.unsafetyFound() || d.reportsToVeiligThuis()).toList());
        model.addAttribute("readsFile", households.canRead(CurrentUser.require(), households.ref(record.householdId())));
        return "meldcode/show";
    }

    @PostMapping("/meldcode/{id}/steps")
    String recordStep(@PathVariable UUID id, @RequestParam(required = false) MeldcodeStep step,
                      @RequestParam(required = false) String note,
                      @RequestParam(required = false) Boolean acuteUnsafety,
                      @RequestParam(required = false) Boolean structuralUnsafety,
                      @RequestParam(required = false) Decision decision, RedirectAttributes redirect) {
        try {
            meldcode.recordStep(id, new NewStep(step, note, acuteUnsafety, structuralUnsafety, decision));
            redirect.addFlashAttribute("saved", step == MeldcodeStep.DECIDED ? "meldcode.closedSaved" : "meldcode.stepSaved");
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
            redirect.addFlashAttribute("note", note);
        }
        return "redirect:/meldcode/" + id;
    }
}

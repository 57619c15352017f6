package nl.voordeur.referral.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.household.HouseholdFile;
import nl.voordeur.privacy.ConsentMethod;
import nl.voordeur.privacy.Consents;
import nl.voordeur.privacy.Purpose;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.referral.ReferralReads;
import nl.voordeur.referral.Referrals;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.web.Flash;
import nl.voordeur.support.Handler;
import nl.voordeur.support.Outcome;
import nl.voordeur.support.Triage;

/**
 * The case manager's work on one household's questions: choose a handler with a reason,
 * record consent, refer to a partner, follow the referrals, and close each question.
 */
@Controller
class CaseWorkController {

    private final HouseholdFile files;
    private final Triage triage;
    private final Referrals referrals;
    private final ReferralReads reads;
    private final Consents consents;
    private final Kernteam kernteam;
    private final Clock clock;

    CaseWorkController(HouseholdFile files, Triage triage, Referrals referrals,
                       ReferralReads reads, Consents consents, Kernteam kernteam, Clock clock) {
        this.files = files;
        this.triage = triage;
        this.referrals = referrals;
        this.reads = reads;
        this.consents = consents;
        this.kernteam = kernteam;
        this.clock = clock;
    }

    @GetMapping("/households/{id}/work")
    String page(@PathVariable UUID id, Model model) {
        var read = files.readWithQuestions(id);
        var file = read.file();
        model.addAttribute("file", file);
        model.addAttribute("questions", read.helpQuestions());
        model.addAttribute("referrals", reads.forHousehold(id));
        model.addAttribute("partners", kernteam.partners(file.programmeId()));
        model.addAttribute("handlers", Handler.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("methods", ConsentMethod.values());
        return "referral/work";
    }

    @PostMapping("/households/{id}/work/triage")
    String assign(@PathVariable UUID id, @RequestParam UUID questionId, @RequestParam Handler handler,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return outcome(id, redirect, "triage.saved", () -> triage.assign(questionId, handler, reason));
    }

    @PostMapping("/households/{id}/work/refer")
    String refer(@PathVariable UUID id, @RequestParam UUID questionId, @RequestParam UUID organisationId,
                 @RequestParam(defaultValue = "false") boolean priority, @RequestParam(defaultValue = "false") boolean warmHandover,
                 @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            referrals.send(questionId, organisationId, priority, warmHandover, note);
            redirect.addFlashAttribute("saved", "referral.sent");
        } catch (DomainRuleViolated e) {
            // a refusal (no consent, say) keeps what was typed, and the page offers to record consent right there
            redirect.addFlashAttribute("problem", e);
            redirect.addFlashAttribute("retained", new Retained(questionId, organisationId, priority, warmHandover, note,
                    "referral.consent.missing".equals(e.messageKey())));
        }
        return "redirect:/households/" + id + "/work";
    }

    /** A referral the case manager typed but that was refused, shown again as it was typed. */
    record Retained(UUID questionId, UUID organisationId, boolean priority, boolean warmHandover, String note,
                    boolean consentMissing) implements Serializable {
    }

    @PostMapping("/households/{id}/work/consent")
    String consent(@PathVariable UUID id, @RequestParam UUID personId, @RequestParam UUID organisationId,
                   @RequestParam boolean given, @RequestParam ConsentMethod method,
                   @RequestParam(required = false) String legalBasis, RedirectAttributes redirect) {
        LocalDate today = LocalDate.now(clock);
        return outcome(id, redirect, given ? "consent.saved" : "consent.withdrawn",
                () -> consents.record(personId, organisationId, Purpose.REFERRAL, given, method, legalBasis, today));
    }

    @PostMapping("/households/{id}/work/close")
    String close(@PathVariable UUID id, @RequestParam UUID questionId, @RequestParam(required = false) Outcome outcome,
                 RedirectAttributes redirect) {
        if (outcome == null) {
            redirect.addFlashAttribute("problem", new DomainRuleViolated("work.close.outcomeRequired", "outcome"));
            return "redirect:/households/" + id + "/work";
        }
        return outcome(id, redirect, "question.closed", () -> triage.close(questionId, outcome));
    }

    private static String outcome(UUID id, RedirectAttributes redirect, String success, Runnable change) {
        Flash.attempt(redirect, success, change);
        return "redirect:/households/" + id + "/work";
    }
}

package nl.voordeur.programme.web;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.access.Role;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.shared.web.Flash;

/** Adding and removing kernteam members and partners from the programme page. */
@Controller
@RequestMapping("/programmes/{id}")
class KernteamController {

    private final Kernteam kernteam;

    KernteamController(Kernteam kernteam) {
        this.kernteam = kernteam;
    }

    @PostMapping("/members")
    String addMember(@PathVariable UUID id, @RequestParam UUID userId,
                     @RequestParam(required = false) Set<Role> roles, RedirectAttributes redirect) {
        return outcome(id, redirect, "kernteam.saved", () -> kernteam.setMember(id, userId, roles));
    }

    @PostMapping("/members/{userId}/remove")
    String removeMember(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
        return outcome(id, redirect, "kernteam.removed", () -> kernteam.removeMember(id, userId));
    }

    @PostMapping("/partners")
    String addPartner(@PathVariable UUID id, @RequestParam UUID organisationId,
                      @RequestParam(defaultValue = "0") int priorityResponseDays, RedirectAttributes redirect) {
        return outcome(id, redirect, "partner.saved",
                () -> kernteam.setPartner(id, organisationId, priorityResponseDays));
    }

    @PostMapping("/partners/{organisationId}/remove")
    String removePartner(@PathVariable UUID id, @PathVariable UUID organisationId, RedirectAttributes redirect) {
        return outcome(id, redirect, "partner.removed", () -> kernteam.removePartner(id, organisationId));
    }

    private static String outcome(UUID id, RedirectAttributes redirect, String success, Runnable change) {
        Flash.attempt(redirect, success, change);
        return "redirect:/programmes/" + id + "#kernteam";
    }
}

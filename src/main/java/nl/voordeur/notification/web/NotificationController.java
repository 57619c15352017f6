package nl.voordeur.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.notification.DeliveryMode;
import nl.voordeur.notification.Notifications;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Paging;

/** The user's own notification choice, and the administrator's outbox. */
@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/account/notifications")
    String preference(Model model) {
        if (!model.containsAttribute("preference")) model.addAttribute("preference", notifications.ownPreference());
        model.addAttribute("modes", DeliveryMode.values());
        return "notification/preference";
    }

    @PostMapping("/account/notifications")
    String choose(@RequestParam(defaultValue = "") String email, @RequestParam(required = false) DeliveryMode mode,
                  @RequestParam(defaultValue = "0") int version, Model model, RedirectAttributes redirect) {
        try {
            notifications.choose(email, mode, version);
            redirect.addFlashAttribute("saved", "notification.saved");
            return "redirect:/account/notifications";
        } catch (DomainRuleViolated e) {
            model.addAttribute("preference", new Notifications.Preference(email, mode == null ? DeliveryMode.IMMEDIATE : mode, version));
            model.addAttribute("errorField", e.field());
            model.addAttribute("error", e.messageKey());
            return preference(model);
        }
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
        var paging = new Paging(Math.max(page, 0), Paging.DEFAULT_SIZE);
        model.addAttribute("outbox", notifications.outbox(paging));
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        return "notification/outbox";
    }
}

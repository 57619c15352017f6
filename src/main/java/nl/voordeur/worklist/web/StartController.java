package nl.voordeur.worklist.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.voordeur.worklist.WorkList;

/** The start page after login: "mijn werk" and what this user can do. */
@Controller
class StartController {

    private final WorkList work;

    StartController(WorkList work) {
        this.work = work;
    }

    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("work", work.forCurrentUser());
        return "start";
    }
}

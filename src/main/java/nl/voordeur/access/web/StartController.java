package nl.voordeur.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: what this user can do. */
@Controller
class StartController {

    @GetMapping("/")
    String start() {
        return "start";
    }
}

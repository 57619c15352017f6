package nl.voordeur.access.web;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.SignOut;

/** The logged-in user's own account: log out everywhere. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final SignOut signOut;

    AccountController(SignOut signOut) {
        this.signOut = signOut;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("user", CurrentUser.require());
        return "account/account";
    }

    /** Ends every page session (this one too) and every API token of the user, then shows the login page. */
    @PostMapping("/logout-everywhere")
    String logOutEverywhere(HttpServletRequest request, HttpServletResponse response) {
        signOut.everywhere();
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/login?logout";
    }
}

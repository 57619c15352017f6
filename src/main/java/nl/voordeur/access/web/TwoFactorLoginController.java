package nl.voordeur.access.web;

import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.voordeur.access.LoginThrottled;
import nl.voordeur.access.PendingLogin;
import nl.voordeur.access.TwoFactorLogin;
import nl.voordeur.access.TwoFactorService;
import nl.voordeur.shared.DomainRuleViolated;

/** The second login step: the code of an enrolled user, or the enrolment a user must do first. */
@Controller
class TwoFactorLoginController {

    private final TwoFactorLogin login;
    private final TwoFactorService twoFactor;

    TwoFactorLoginController(TwoFactorLogin login, TwoFactorService twoFactor) {
        this.login = login;
        this.twoFactor = twoFactor;
    }

    @GetMapping(TwoFactorLogin.CODE_PAGE)
    String codePage() {
        return "login-code";
    }

    @PostMapping(TwoFactorLogin.CODE_PAGE)
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        try {
            login.completeWithCode(pending(), code, request, response);
            return "redirect:/";
        } catch (LoginThrottled e) {
            model.addAttribute("codeError", "login.throttled");
        } catch (AuthenticationException e) {
            model.addAttribute("codeError", "twoFactor.code.wrong");
        }
        return "login-code";
    }

    @GetMapping(TwoFactorLogin.ENROL_PAGE)
    String enrolPage(HttpSession session, Model model) {
        PendingLogin pending = pending();
        model.addAttribute("offer", twoFactor.offer(pending.userId(), pending.username(), session));
        model.addAttribute("enrolmentCodeRequired", twoFactor.enrolmentCodeRequired());
        return "login-enrol";
    }

    @PostMapping(TwoFactorLogin.ENROL_PAGE)
    String enrol(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String enrolmentCode,
                 HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model) {
        PendingLogin pending = pending();
        try {
            twoFactor.confirm(pending.userId(), code, enrolmentCode, session);
            login.completeAfterEnrolment(pending, request, response);
            return "redirect:/";
        } catch (DomainRuleViolated e) {
            model.addAttribute("codeError", e.messageKey());
            return enrolPage(session, model);
        }
    }

    private static PendingLogin pending() {
        return TwoFactorLogin.pending().orElseThrow(() -> new IllegalStateException("no login in progress"));
    }
}

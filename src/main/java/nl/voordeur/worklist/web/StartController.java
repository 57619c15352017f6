package nl.voordeur.worklist.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.voordeur.worklist.WorkList;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.access.RoleGrant;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.programme.ProgrammeView;

/** The start page after login: "mijn werk" and what this user can do. */
@Controller
class StartController {

    private final WorkList work;
    private final ProgrammeManagement programmes;

    StartController(WorkList work, ProgrammeManagement programmes) {
        this.work = work;
        this.programmes = programmes;
    }

    /** One line per role, naming where: "Coördinator: Annawijk, De Waart" or "everywhere". */
    public record RoleLine(Role role, boolean everywhere, List<String> programmes) {
    }

    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("work", work.forCurrentUser());
        model.addAttribute("roles", roles(CurrentUser.require()));
        return "start";
    }

    private List<RoleLine> roles(CurrentUser user) {
        Map<UUID, String> names = programmes.visible().stream()
                .collect(Collectors.toMap(ProgrammeView::id, ProgrammeView::name, (a, b) -> a));
        Map<Role, List<RoleGrant>> byRole = new TreeMap<>(user.grants().stream()
                .collect(Collectors.groupingBy(RoleGrant::role)));
        return byRole.entrySet().stream().map(e -> {
            boolean everywhere = e.getValue().stream().anyMatch(g -> g.programmeId() == null);
            List<String> where = everywhere ? List.of() : e.getValue().stream()
                    .map(g -> names.getOrDefault(g.programmeId(), "?")).sorted().toList();
            return new RoleLine(e.getKey(), everywhere, where);
        }).toList();
    }
}

package nl.voordeur.access;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works where: the kernteam of a programme, and the users to choose kernteam members from. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final OrganisationRepository organisations;
    private final UserAccountRepository users;

    UserDirectory(OrganisationRepository organisations, UserAccountRepository users) {
        this.organisations = organisations;
        this.users = users;
    }

    /** The kernteam: users holding a role in this programme (not those holding roles everywhere). */
    public List<ProgrammeMemberView> programmeMembers(UUID programmeId) {
        Map<UUID, Organisation> orgs = organisationsById();
        return users.findAllInProgramme(programmeId).stream()
                .map(u -> {
                    Organisation org = orgs.get(u.organisationId());
                    Set<Role> roles = u.roles().stream().filter(g -> programmeId.equals(g.programmeId()))
                            .map(RoleGrant::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
                    return new ProgrammeMemberView(u.id(), u.username(), u.displayName(), u.organisationId(),
                            org.name(), org.kind(), u.specialism(), roles);
                })
                .sorted(Comparator.comparing(ProgrammeMemberView::displayName))
                .toList();
    }

    /** The organisation a user works for; staff data, not case data. */
    public Optional<UUID> organisationOf(UUID userId) {
        return users.findById(userId).map(UserAccount::organisationId);
    }

    /** Enabled users, for choosing kernteam members; staff names, not case data. */
    @PreAuthorize("hasAnyAuthority('ADMIN', 'COORDINATOR')")
    public List<UserView> enabledUsers() {
        Map<UUID, Organisation> orgs = organisationsById();
        return users.findAll().stream().filter(UserAccount::enabled)
                .sorted(Comparator.comparing(UserAccount::displayName))
                .map(u -> AccessManagement.view(u, orgs.get(u.organisationId()), Set.of())).toList();
    }

    private Map<UUID, Organisation> organisationsById() {
        return organisations.findAll().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }
}

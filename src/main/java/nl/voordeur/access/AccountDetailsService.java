package nl.voordeur.access;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the principal for form login and for bearer tokens. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;

    AccountDetailsService(UserAccountRepository users, OrganisationRepository organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return users.findByUsername(username).map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    Optional<CurrentUser> loadById(UUID id) {
        return users.findById(id).map(this::principal);
    }

    private CurrentUser principal(UserAccount account) {
        OrganisationKind kind = organisations.findById(account.organisationId()).map(Organisation::kind)
                .orElse(OrganisationKind.OTHER);
        return new CurrentUser(account, kind);
    }
}

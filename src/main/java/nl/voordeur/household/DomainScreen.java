package nl.voordeur.household;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.OrganisationKind;

/**
 * The one rule of which life domains a user or organisation may see (product.md): a police
 * organisation and its users never see the health domains ({@link LifeDomain#HEALTH}), whatever the
 * role — visitor, case manager, privacy officer, coordinator or partner. Every read that shows a
 * domain, a text written in one, or a figure counted over them takes its screen from here: the
 * household file, help questions and their profile, triage and specialist queues, referrals and the
 * inbox, case scores, the subject-access export and the reports. SQL takes {@link #hiddenCodes()}
 * as {@code NOT (domain = ANY(?))}; an empty array hides nothing.
 */
public record DomainScreen(Set<LifeDomain> hidden) {

    private static final DomainScreen NOTHING_HIDDEN = new DomainScreen(Set.of());
    private static final DomainScreen POLICE = new DomainScreen(EnumSet.copyOf(LifeDomain.HEALTH));

    public DomainScreen {
        hidden = Set.copyOf(hidden);
    }

    public static DomainScreen of(OrganisationKind kind) {
        return kind == OrganisationKind.POLICE ? POLICE : NOTHING_HIDDEN;
    }

    public static DomainScreen of(CurrentUser user) {
        return user == null ? NOTHING_HIDDEN : of(user.organisationKind());
    }

    /** The screen of the user of this request; the application itself (no user) sees every domain. */
    public static DomainScreen current() {
        return of(CurrentUser.get().orElse(null));
    }

    public boolean shows(LifeDomain domain) {
        return domain == null || !hidden.contains(domain);
    }

    public boolean hidesAny() {
        return !hidden.isEmpty();
    }

    /** The items whose domain this screen shows, in their order. */
    public <T> List<T> keep(Collection<T> items, Function<? super T, LifeDomain> domainOf) {
        return items.stream().filter(item -> shows(domainOf.apply(item))).toList();
    }

    /** The hidden domains' codes, as an SQL array parameter for {@code NOT (domain = ANY(?))}. */
    public String[] hiddenCodes() {
        return hidden.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    /** The domains to choose from, in their order. */
    public List<LifeDomain> shown() {
        return List.of(LifeDomain.values()).stream().filter(this::shows).toList();
    }
}

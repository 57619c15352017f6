package nl.voordeur.bench.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The people who work in the generated programmes. Every generated account has the password
 * {@link #PASSWORD} (the same as {@code HttpTest.PASSWORD}); usernames: {@code gen-partner-<k>}
 * (k = 1..8) and per programme n (1-based) {@code gen-p<n>-coordinator}, {@code gen-p<n>-visitor-<1..4>}
 * and {@code gen-p<n>-casemanager}.
 */
final class Staff {

    static final String PASSWORD = "a long test passphrase 2026";
    static final Instant CREATED = Instant.parse("2024-12-01T08:00:00Z");

    private static final String[][] PARTNERS = {
            {"Schuldhulpverlening", "DEBT_SERVICES"}, {"GGD", "PUBLIC_HEALTH"}, {"Maatschappelijk werk", "SOCIAL_WORK"},
            {"Jeugdzorg", "YOUTH_CARE"}, {"Werkplein", "OTHER"}, {"Taalhuis", "OTHER"}, {"Wijkagent", "POLICE"},
            {"GGZ", "MENTAL_HEALTH"}};

    record User(UUID id, String username, UUID organisationId, String role) {
    }

    record Team(User coordinator, List<User> visitors, User caseManager) {
    }

    private final Ids ids;
    private final String passwordHash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
    private final List<UUID> partners = new ArrayList<>();
    private final List<User> partnerUsers = new ArrayList<>();
    private final java.util.Map<String, UUID> municipalities = new java.util.HashMap<>();

    Staff(Ids ids) {
        this.ids = ids;
    }

    /** The national partner organisations, each with one user. */
    void partners(Batch batch, long seed) {
        for (int k = 0; k < PARTNERS.length; k++) {
            UUID org = organisation(batch, PARTNERS[k][0] + " (synthetisch " + seed + ")", PARTNERS[k][1]);
            partners.add(org);
            partnerUsers.add(user(batch, "gen-partner-" + (k + 1), org, "PARTNER", null));
        }
    }

    List<UUID> partnerOrganisations() {
        return partners;
    }

    /** A programme's kernteam: coordinator of the municipality, four visitors and a case manager of the welfare organisation. */
    Team team(Batch batch, int number, UUID programme, String municipality, long seed) {
        UUID gemeente = municipalities.computeIfAbsent(municipality,
                m -> organisation(batch, "Gemeente " + m + " (synthetisch " + seed + ")", "MUNICIPALITY"));
        UUID welzijn = municipalities.computeIfAbsent("welzijn " + municipality,
                m -> organisation(batch, "Welzijn " + municipality + " (synthetisch " + seed + ")", "WELFARE"));
        String prefix = "gen-p" + number + "-";
        User coordinator = user(batch, prefix + "coordinator", gemeente, "COORDINATOR", programme);
        List<User> visitors = new ArrayList<>();
        for (int v = 1; v <= 4; v++) visitors.add(user(batch, prefix + "visitor-" + v, welzijn, "VISITOR", programme));
        User caseManager = user(batch, prefix + "casemanager", welzijn, "CASE_MANAGER", programme);
        for (User partner : partnerUsers) batch.table("access.role_grant").row(partner.id(), "PARTNER", programme);
        return new Team(coordinator, visitors, caseManager);
    }

    private UUID organisation(Batch batch, String name, String kind) {
        UUID id = ids.next(Ids.Tag.ORGANISATION);
        batch.table("access.organisation").row(id, name, kind, CREATED, 0);
        return id;
    }

    private User user(Batch batch, String username, UUID organisation, String role, UUID programme) {
        UUID id = ids.next(Ids.Tag.USER);
        String display = username.replace("gen-", "").replace('-', ' ');
        batch.table("access.user_account").row(id, username, passwordHash, display, organisation, null, true, CREATED, 0);
        if (programme != null) batch.table("access.role_grant").row(id, role, programme);
        return new User(id, username, organisation, role);
    }
}

package nl.voordeur.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.AsSystem;
import nl.voordeur.access.NewUser;
import nl.voordeur.access.OrganisationKind;
import nl.voordeur.access.Role;
import nl.voordeur.access.Specialism;

/**
 * Seed 000 (Helmond, Annawijk): gemeente Helmond, LEVgroep, WoCom and the police, and one
 * demo user per role. Runs only on an empty database, so a restart keeps what people changed.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "voordeur.demo.enabled", havingValue = "true")

class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccessManagement access;
    private final org.springframework.core.env.Environment environment;

    DemoData(AccessManagement access, org.springframework.core.env.Environment environment) {
        this.access = access;
        this.environment = environment;
    }

    record DemoUser(String username, String displayName, String organisation, Role role, Specialism specialism) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Anna Beheer", "Gemeente Helmond", Role.ADMIN, null),
            new DemoUser("coordinator", "Carla Coördinator", "LEVgroep", Role.COORDINATOR, null),
            new DemoUser("visitor", "Vincent Huisbezoeker", "WoCom", Role.VISITOR, null),
            new DemoUser("case_manager", "Kees Casemanager", "LEVgroep", Role.CASE_MANAGER, null),
            new DemoUser("specialist", "Sanne Voorzieningenchecker", "Gemeente Helmond", Role.SPECIALIST,
                    Specialism.BENEFITS_CHECKER),
            new DemoUser("partner", "Pieter Partner", "WoCom", Role.PARTNER, null),
            new DemoUser("safety_officer", "Sara Aandachtsfunctionaris", "LEVgroep", Role.SAFETY_OFFICER, null),
            new DemoUser("privacy_officer", "Frank Gegevensbescherming", "Gemeente Helmond", Role.PRIVACY_OFFICER,
                    null),
            new DemoUser("council", "Raad Helmond", "Gemeente Helmond", Role.COUNCIL, null));

    static final Map<String, OrganisationKind> ORGANISATIONS = organisations();

    private static Map<String, OrganisationKind> organisations() {
        Map<String, OrganisationKind> map = new LinkedHashMap<>();
        map.put("Gemeente Helmond", OrganisationKind.MUNICIPALITY);
        map.put("LEVgroep", OrganisationKind.WELFARE);
        map.put("WoCom", OrganisationKind.HOUSING_CORPORATION);
        map.put("Politie Helmond", OrganisationKind.POLICE);
        return map;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!access.anyUserExists()) {
            AsSystem.run(this::createSeed000);
        }
        printLogins();
    }

    private void createSeed000() {
        Map<String, UUID> orgIds = new LinkedHashMap<>();
        ORGANISATIONS.forEach((name, kind) -> orgIds.put(name, access.createOrganisation(name, kind).id()));
        for (DemoUser user : USERS) {
            access.createUser(new NewUser(user.username(), DemoProperties.PASSWORD, user.displayName(),
                    orgIds.get(user.organisation()), user.specialism(), Set.of(user.role())));
        }
        log.info("Demo data created: {} organisations, {} users", orgIds.size(), USERS.size());
    }

    private void printLogins() {
        StringBuilder text = new StringBuilder("\n\n  Voordeur demo logins (password for all: ")
                .append(DemoProperties.PASSWORD).append(")\n");
        USERS.forEach(u -> text.append(String.format("    %-16s %s%n", u.username(), u.role())));
        String port = environment.getProperty("local.server.port", "8080");
        text.append("  Open http://localhost:").append(port).append(" to log in.\n");
        System.out.println(text);
    }
}

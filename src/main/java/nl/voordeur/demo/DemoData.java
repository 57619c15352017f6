package nl.voordeur.demo;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.AsSystem;
import nl.voordeur.access.NewUser;
import nl.voordeur.access.Role;
import nl.voordeur.address.AddressFilter;
import nl.voordeur.address.AddressImport;
import nl.voordeur.address.AddressRegister;
import nl.voordeur.address.VisitPlanning;
import nl.voordeur.demo.DemoPeople.DemoUser;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.programme.ProgrammeStatus;

/**
 * Demo mode: on an empty database, creates the organisations and people of the five seed
 * programmes, the programmes themselves with their partners, kernteams and address lists,
 * and prints the demo logins at every start. A restart keeps what people changed.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "voordeur.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccessManagement access;
    private final ProgrammeManagement programmes;
    private final Kernteam kernteam;
    private final AddressImport addresses;
    private final DemoActivity activity;
    private final VisitPlanning planning;
    private final AddressRegister register;
    private final Environment environment;
    private final DemoNeighbourhood neighbourhood;

    DemoData(AccessManagement access, ProgrammeManagement programmes, Kernteam kernteam, AddressImport addresses,
             DemoActivity activity, VisitPlanning planning, AddressRegister register, Environment environment,
             DemoNeighbourhood neighbourhood) {
        this.neighbourhood = neighbourhood;
        this.planning = planning;
        this.register = register;
        this.access = access;
        this.programmes = programmes;
        this.kernteam = kernteam;
        this.addresses = addresses;
        this.activity = activity;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!access.anyUserExists()) {
            AsSystem.run(this::create);
        }
        printLogins();
    }

    private void create() {
        log.info("Demogegevens worden aangemaakt: {} programma's, dit duurt ongeveer een minuut (demo data being created)",
                SeedProgrammes.ALL.size());
        Map<String, UUID> organisations = new HashMap<>();
        DemoPeople.ORGANISATIONS.forEach((name, kind) -> organisations.put(name, access.createOrganisation(name, kind).id()));
        Map<String, UUID> users = new HashMap<>();
        for (DemoUser user : DemoPeople.all()) {
            var created = access.createUser(new NewUser(user.username(), DemoPeople.PASSWORD, user.displayName(),
                    organisations.get(user.organisation()), user.specialism(),
                    user.global() ? Set.of(user.role()) : Set.of()));
            users.put(user.username(), created.id());
        }
        int done = 0;
        for (SeedProgramme seed : SeedProgrammes.ALL) {
            createProgramme(seed, organisations, users);
            log.info("Demogegevens: {} ({}) klaar, {} van {}", seed.details().neighbourhood(),
                    seed.details().municipality(), ++done, SeedProgrammes.ALL.size());
        }
        log.info("Demo data created: {} organisations, {} users, {} programmes", organisations.size(), users.size(),
                SeedProgrammes.ALL.size());
    }

    private void createProgramme(SeedProgramme seed, Map<String, UUID> organisations, Map<String, UUID> users) {
        UUID id = programmes.create(seed.details()).id();
        programmes.changeStatus(id, ProgrammeStatus.RUNNING);
        seed.partners().forEach(p -> kernteam.setPartner(id, organisations.get(p.organisation()), p.priorityResponseDays()));
        for (DemoUser user : DemoPeople.all()) {
            if (!user.global() && user.worksIn(seed.details().municipality(), seed.details().neighbourhood())) {
                kernteam.setMember(id, users.get(user.username()), Set.of(user.role()));
            }
        }
        String csv = AddressListGenerator.csv(seed, seed.details().municipality());
        addresses.importNow(id, csv.getBytes(StandardCharsets.UTF_8));
        var visitors = planning.visitors(id).stream().map(m -> m.userId()).collect(Collectors.toSet());
        planning.assign(id, visitors, register.ids(id, AddressFilter.none()));
        neighbourhood.fill(id, seed.details().neighbourhood());
        if (environment.getProperty("voordeur.demo.activity", Boolean.class, true)) {
            activity.play(programmes.get(id), OutreachPlan.forProgramme(seed.details().neighbourhood()), seed.seed());
        }
    }

    private void printLogins() {
        StringBuilder text = new StringBuilder("\n\n  Voordeur demo logins (password for all: ")
                .append(DemoPeople.PASSWORD).append(")\n");
        List<DemoUser> main = DemoPeople.ROLE_USERS;
        main.forEach(u -> text.append(String.format("    %-16s %s%n", u.username(), u.role())));
        String port = environment.getProperty("local.server.port", "8080");
        text.append("  More demo users (visitor pairs per programme) are listed in the README.\n");
        text.append("  Open http://localhost:").append(port).append(" to log in.\n");
        System.out.println(text);
    }
}

package nl.voordeur.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.voordeur.access.Role;
import nl.voordeur.address.AddressFilter;
import nl.voordeur.address.AddressRegister;
import nl.voordeur.address.Channel;
import nl.voordeur.address.Daypart;
import nl.voordeur.address.NewContactAttempt;
import nl.voordeur.address.Outcome;
import nl.voordeur.address.Outreach;
import nl.voordeur.household.Households;
import nl.voordeur.household.Intake;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.household.NewVisit;
import nl.voordeur.household.Relation;
import nl.voordeur.household.VisitRecorded;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.programme.ProgrammeView;
import nl.voordeur.household.HelpQuestions;
import nl.voordeur.household.QuestionKind;
import nl.voordeur.household.Urgency;

/**
 * Plays a seed programme's outreach through the real services, as its visitors would have
 * recorded it: attempts at every approached door, visits with their households, and help
 * questions in Wielwijk's most frequent domains (finances, language, physical health,
 * living environment, work). Half of the households with questions get the programme's case
 * manager; the others wait in the list of households without one. Deterministic for a given seed.
 */
@Component
class DemoActivity {

    /** Wielwijk's most frequent problem domains first (seed 002), then the rest. */
    private static final List<LifeDomain> DOMAINS = List.of(LifeDomain.FINANCES, LifeDomain.FINANCES, LifeDomain.FINANCES,
            LifeDomain.LANGUAGE, LifeDomain.LANGUAGE, LifeDomain.PHYSICAL_HEALTH, LifeDomain.PHYSICAL_HEALTH,
            LifeDomain.NEIGHBOURHOOD_SAFETY, LifeDomain.NEIGHBOURHOOD_SAFETY, LifeDomain.WORK_EDUCATION,
            LifeDomain.WORK_EDUCATION, LifeDomain.SOCIAL_NETWORK, LifeDomain.DOMESTIC_VIOLENCE, LifeDomain.HOUSING,
            LifeDomain.MENTAL_HEALTH, LifeDomain.DOMESTIC_RELATIONS);

    private final AddressRegister register;
    private final Outreach outreach;
    private final Households households;
    private final HelpQuestions questions;
    private final Kernteam kernteam;

    DemoActivity(AddressRegister register, Outreach outreach, Households households, HelpQuestions questions,
                 Kernteam kernteam) {
        this.register = register;
        this.outreach = outreach;
        this.households = households;
        this.questions = questions;
        this.kernteam = kernteam;
    }

    /** Runs as the system user (see {@code AsSystem}). */
    void play(ProgrammeView programme, OutreachPlan plan, long seed) {
        Random random = new Random(seed);
        List<UUID> addresses = new ArrayList<>(register.ids(programme.id(), AddressFilter.none()));
        Collections.sort(addresses);
        Collections.shuffle(addresses, random);
        Set<UUID> visitors = Set.copyOf(kernteam.members(programme.id()).stream()
                .filter(m -> m.roles().contains(Role.VISITOR)).map(m -> m.userId()).toList());
        var caseManager = kernteam.members(programme.id()).stream().filter(m -> m.roles().contains(Role.CASE_MANAGER))
                .map(m -> m.userId()).findFirst();
        LocalDate start = programme.startDate();
        int index = 0;
        for (int i = 0; i < plan.visited(); i++, index++) {
            UUID address = addresses.get(index);
            LocalDate day = start.plusDays(7 + random.nextInt(120));
            notHome(address, day.minusDays(14), random.nextInt(3), visitors, random);
            attempt(address, day.minusDays(3), Outcome.APPOINTMENT_MADE, visitors, random);
            VisitRecorded visit = households.recordVisit(address, visit(day, visitors, random));
            int domains = i < plan.single() ? 1 : i < plan.single() + plan.multiple() ? 2 + random.nextInt(2) : 0;
            ask(visit, domains, random);
            // Half of the households with questions have a case manager; the rest wait to be taken.
            if (domains > 0 && i % 2 == 0) caseManager.ifPresent(cm -> households.assignCaseManager(visit.householdId(), cm));
        }
        for (int i = 0; i < plan.doorstep(); i++, index++) {
            notHome(addresses.get(index), start.plusDays(20), random.nextInt(2), visitors, random);
            attempt(addresses.get(index), start.plusDays(30 + random.nextInt(60)), Outcome.DOORSTEP_CONTACT, visitors, random);
        }
        for (int i = 0; i < plan.refused(); i++, index++) {
            attempt(addresses.get(index), start.plusDays(30 + random.nextInt(60)), Outcome.REFUSED, visitors, random);
        }
        for (; index < addresses.size(); index++) {
            notHome(addresses.get(index), start.plusDays(15 + random.nextInt(90)), random.nextInt(3), visitors, random);
        }
    }

    private void notHome(UUID address, LocalDate from, int times, Set<UUID> visitors, Random random) {
        for (int t = 0; t < times; t++) attempt(address, from.plusDays(t * 4L), Outcome.NOT_HOME, visitors, random);
    }

    private void attempt(UUID address, LocalDate day, Outcome outcome, Set<UUID> visitors, Random random) {
        Daypart daypart = Daypart.values()[random.nextInt(Daypart.values().length)];
        outreach.recordAttempt(address, new NewContactAttempt(day, daypart, Channel.DOOR, outcome, null, visitors));
    }

    private static NewVisit visit(LocalDate day, Set<UUID> visitors, Random random) {
        String surname = DemoNames.last(random);
        int size = DemoNames.householdSize(random);
        List<NewVisit.Member> members = new ArrayList<>();
        for (int m = 0; m < size; m++) {
            Relation relation = m == 0 ? Relation.MAIN_RESIDENT : m == 1 && size > 2 ? Relation.PARTNER : Relation.CHILD;
            int birthYear = relation == Relation.CHILD ? day.getYear() - 2 - random.nextInt(16) : day.getYear() - 25 - random.nextInt(50);
            String name = DemoNames.first(random) + " " + surname;
            if (members.stream().anyMatch(other -> other.name().equals(name))) continue;
            members.add(new NewVisit.Member(name, birthYear, relation, random.nextInt(5) > 0 || m == 0));
        }
        Intake intake = new Intake(random.nextInt(4) == 0, null, random.nextInt(10) == 0, null,
                random.nextInt(3) == 0 ? day.plusDays(28) : null, random.nextInt(6) == 0 ? "Vochtplek in de slaapkamer" : null, null);
        return new NewVisit(day, visitors, members, intake, null, 30 + random.nextInt(60));
    }

    private void ask(VisitRecorded visit, int domains, Random random) {
        List<LifeDomain> chosen = new ArrayList<>();
        while (chosen.size() < domains) {
            LifeDomain domain = DOMAINS.get(random.nextInt(DOMAINS.size()));
            if (!chosen.contains(domain)) chosen.add(domain);
        }
        for (LifeDomain domain : chosen) {
            var person = visit.members().get(random.nextInt(visit.members().size()));
            questions.register(visit.householdId(), person.id(), domain,
                    domain == LifeDomain.DOMESTIC_VIOLENCE ? QuestionKind.SIGNAL : QuestionKind.QUESTION,
                    DemoQuestions.describe(domain), Urgency.NORMAL);
        }
        if (random.nextInt(4) == 0) {
            questions.register(visit.householdId(), visit.members().get(0).id(), LifeDomain.PARTICIPATION,
                    QuestionKind.OPPORTUNITY, "Wil graag iets doen voor de buurt, bijvoorbeeld de speeltuin opknappen", Urgency.NORMAL);
        }
    }
}

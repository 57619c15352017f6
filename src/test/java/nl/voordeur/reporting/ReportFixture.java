package nl.voordeur.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.voordeur.access.AsSystem;
import nl.voordeur.address.AddressFilter;
import nl.voordeur.address.AddressImport;
import nl.voordeur.address.AddressRegister;
import nl.voordeur.address.Channel;
import nl.voordeur.address.Daypart;
import nl.voordeur.address.NewContactAttempt;
import nl.voordeur.address.Outcome;
import nl.voordeur.address.Outreach;
import nl.voordeur.household.Households;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.household.NewVisit;
import nl.voordeur.household.Relation;
import nl.voordeur.household.VisitRecorded;
import nl.voordeur.programme.ProgrammeDetails;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.household.HelpQuestions;
import nl.voordeur.household.QuestionKind;
import nl.voordeur.household.Urgency;

/** Builds a programme's outreach through the application services, the way the kernteam records it. */
record ReportFixture(ProgrammeManagement programmes, AddressImport imports, AddressRegister register, Outreach outreach,
                     Households households, HelpQuestions questions) {

    UUID programme(String name, int addresses, Integer budget, Integer planned, Integer participation, Integer trajectory) {
        return AsSystem.call(() -> {
            UUID id = programmes.create(new ProgrammeDetails(name, "Teststad", name, LocalDate.of(2007, 1, 1), null,
                    budget == null ? null : BigDecimal.valueOf(budget), planned, participation, trajectory, null)).id();
            StringBuilder csv = new StringBuilder("postcode,huisnummer,straat,woonplaats\n");
            for (int i = 1; i <= addresses; i++) csv.append("3317 AA,").append(i).append(",Teststraat,Teststad\n");
            imports.importNow(id, csv.toString().getBytes(StandardCharsets.UTF_8));
            return id;
        });
    }

    List<UUID> addresses(UUID programme) {
        return AsSystem.call(() -> new ArrayList<>(register.ids(programme, AddressFilter.none())));
    }

    void attempt(UUID address, Outcome outcome, LocalDate date) {
        AsSystem.run(() -> outreach.recordAttempt(address, new NewContactAttempt(date, Daypart.MORNING, Channel.DOOR,
                outcome, null, Set.of())));
    }

    VisitRecorded visit(UUID address, LocalDate date, int persons) {
        attempt(address, Outcome.APPOINTMENT_MADE, date.minusDays(2));
        List<NewVisit.Member> members = new ArrayList<>();
        for (int p = 0; p < persons; p++) {
            members.add(new NewVisit.Member("Bewoner " + p, 1960 + p, p == 0 ? Relation.MAIN_RESIDENT : Relation.PARTNER, true));
        }
        return AsSystem.call(() -> households.recordVisit(address, new NewVisit(date, Set.of(), members, null, null)));
    }

    UUID question(VisitRecorded visit, LifeDomain domain, QuestionKind kind) {
        return AsSystem.call(() -> questions.register(visit.householdId(), visit.members().get(0).id(), domain, kind,
                "Vraag over " + domain, Urgency.NORMAL));
    }
}

package nl.voordeur.rights;

import java.time.Clock;

import org.springframework.stereotype.Component;

import nl.voordeur.address.AddressSubjectData;
import nl.voordeur.audit.PersonTrail;
import nl.voordeur.household.HouseholdSubjectData;
import nl.voordeur.meldcode.MeldcodeSubjectData;
import nl.voordeur.privacy.ConsentSubjectData;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.referral.ReferralSubjectData;
import nl.voordeur.support.SupportSubjectData;

/** Gathers one person's records from every module that holds some. */
@Component
class SubjectExports {

    private final HouseholdSubjectData households;
    private final SupportSubjectData support;
    private final ReferralSubjectData referrals;
    private final MeldcodeSubjectData meldcode;
    private final ConsentSubjectData consents;
    private final Sources sources;

    /** The modules that add context: address, programme name, audit trail and the clock. */
    @Component
    static class Sources {
        final AddressSubjectData addresses;
        final ProgrammeManagement programmes;
        final PersonTrail trail;
        final Clock clock;

        Sources(AddressSubjectData addresses, ProgrammeManagement programmes, PersonTrail trail, Clock clock) {
            this.addresses = addresses;
            this.programmes = programmes;
            this.trail = trail;
            this.clock = clock;
        }
    }

    SubjectExports(HouseholdSubjectData households, SupportSubjectData support, ReferralSubjectData referrals,
                   MeldcodeSubjectData meldcode, ConsentSubjectData consents, Sources sources) {
        this.households = households;
        this.support = support;
        this.referrals = referrals;
        this.meldcode = meldcode;
        this.consents = consents;
        this.sources = sources;
    }

    SubjectExport of(HouseholdSubjectData.Person p) {
        var records = households.records(p);
        var household = new SubjectExport.Household(p.householdId(), p.programmeId(),
                sources.programmes.describe(p.programmeId()).name(), sources.addresses.address(p.addressId()).orElse(null),
                p.householdSize(), records.intake(), records.housingRemarks());
        var person = new SubjectExport.Person(p.id(), p.name(), p.birthYear(), p.relation(), p.registeredAt(), p.anonymised());
        return new SubjectExport(sources.clock.instant(), person, household, records.visits(), records.conversations(),
                records.scores(), households.helpQuestions(p.id()), support.cases(p.id()), referrals.referrals(p.id()),
                consents.consents(p.id()), meldcode.records(p.id(), p.householdId()), sources.trail.of(p.id()));
    }
}

package nl.voordeur.rights;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.voordeur.address.AddressSubjectData;
import nl.voordeur.audit.PersonTrail;
import nl.voordeur.household.HouseholdSubjectData;
import nl.voordeur.household.Relation;
import nl.voordeur.meldcode.MeldcodeSubjectData;
import nl.voordeur.privacy.ConsentSubjectData;
import nl.voordeur.referral.ReferralSubjectData;
import nl.voordeur.support.SupportSubjectData;

/**
 * Everything Voordeur holds about one person (AVG art. 15). Other members of the household appear
 * only as a count; household facts (address, intake, housing remarks) are included because they
 * are about where this person lives.
 */
public record SubjectExport(
        Instant exportedAt,
        Person person,
        Household household,
        List<HouseholdSubjectData.Visit> visits,
        List<HouseholdSubjectData.Conversation> conversations,
        List<HouseholdSubjectData.Score> scores,
        List<HouseholdSubjectData.HelpQuestion> helpQuestions,
        List<SupportSubjectData.Case> cases,
        List<ReferralSubjectData.Referral> referrals,
        List<ConsentSubjectData.Consent> consents,
        List<MeldcodeSubjectData.Record> meldcodeRecords,
        List<PersonTrail.Access> accessLog) {

    public record Person(UUID id, String name, Integer birthYear, Relation relation, Instant registeredAt,
                         boolean anonymised) {
    }

    public record Household(UUID id, UUID programmeId, String programme, AddressSubjectData.Address address,
                            int members, HouseholdSubjectData.Intake intake,
                            List<HouseholdSubjectData.HousingRemark> housingRemarks) {
    }
}

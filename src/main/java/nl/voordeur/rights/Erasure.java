package nl.voordeur.rights;

import org.springframework.stereotype.Component;

import nl.voordeur.household.HouseholdSubjectData;
import nl.voordeur.meldcode.MeldcodeSubjectData;
import nl.voordeur.referral.ReferralSubjectData;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.support.SupportSubjectData;

/**
 * When the right to erasure (AVG art. 17) applies, and what erasing does.
 *
 * <p>Refused (art. 17(3)(b): a legal obligation, and the help still being given):
 * <ol>
 * <li>a case covering the person is not closed;</li>
 * <li>a referral for the person is still open (sent or accepted): the partner is working on it;</li>
 * <li>a meldcode record about the person or their whole household is open;</li>
 * <li>a meldcode record about them ended in a report to Veilig Thuis: the organisation must be able
 * to account for the meldcode steps it took (Wet verplichte meldcode huiselijk geweld en
 * kindermishandeling, Besluit verplichte meldcode), so that record is kept.</li>
 * </ol>
 *
 * <p>Otherwise the person is anonymised, not deleted, so every count in the reports stays equal:
 * name and birth year, conversation notes, help question descriptions and triage reasons, the plan
 * texts of closed cases that cover only them, referral notes and reasons, and the concern text of
 * their closed meldcode records are removed. Kept: domains, kinds, scores, statuses, outcomes and
 * dates (countable facts without a name); consent and legal-basis records (proof of the basis for
 * sharing, art. 7(1)); and the audit log, which is append-only by law and names only ids.
 */
@Component
class Erasure {

    private final HouseholdSubjectData households;
    private final SupportSubjectData support;
    private final ReferralSubjectData referrals;
    private final MeldcodeSubjectData meldcode;

    Erasure(HouseholdSubjectData households, SupportSubjectData support, ReferralSubjectData referrals,
            MeldcodeSubjectData meldcode) {
        this.households = households;
        this.support = support;
        this.referrals = referrals;
        this.meldcode = meldcode;
    }

    /** The message key of the reason erasure is refused, or null when it is allowed. */
    String refusal(HouseholdSubjectData.Person person) {
        if (person.anonymised()) return "rights.erase.already";
        if (support.cases(person.id()).stream().anyMatch(SupportSubjectData.Case::open)) return "rights.erase.openCase";
        if (referrals.referrals(person.id()).stream().anyMatch(ReferralSubjectData.Referral::open)) {
            return "rights.erase.openReferral";
        }
        var records = meldcode.records(person.id(), person.householdId());
        if (records.stream().anyMatch(MeldcodeSubjectData.Record::open)) return "rights.erase.openMeldcode";
        if (records.stream().anyMatch(r -> !r.aboutHousehold() && r.reported())) return "rights.erase.meldcodeRetention";
        return null;
    }

    void erase(HouseholdSubjectData.Person person) {
        String refusal = refusal(person);
        if (refusal != null) throw new DomainRuleViolated(refusal, null);
        households.anonymise(person);
        support.anonymise(person.id());
        referrals.anonymise(person.id());
        meldcode.anonymise(person.id());
    }
}

package nl.voordeur.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.address.VisitPlanning;
import nl.voordeur.household.EmergencyAccess;
import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.meldcode.Meldcode;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.programme.ProgrammeView;
import nl.voordeur.programme.RoleGrantReviews;
import nl.voordeur.referral.ReferralReads;
import nl.voordeur.support.CaseReads;
import nl.voordeur.support.FreeHouseholds;
import nl.voordeur.support.Triage;

/**
 * What needs doing, per role: visits and revisits due (visitor), new questions to triage,
 * households waiting for a case manager and referrals overdue or answered (case manager), open referrals (partner), overdue referrals
 * (coordinator). Counts only; the records open behind the links, with their own access checks.
 */
@Service
@Transactional
public class WorkList {

    private final ProgrammeManagement programmes;
    private final ProgrammeGuard guard;
    private final VisitPlanning planning;
    private final HouseholdAccess households;
    private final Triage triage;
    private final ReferralReads referrals;
    private final CaseReads cases;
    private final Clock clock;
    private final EmergencyAccess emergency;
    private final FreeHouseholds free;
    private final RoleGrantReviews roleGrants;
    private final Meldcode meldcode;

    WorkList(ProgrammeManagement programmes, ProgrammeGuard guard, VisitPlanning planning, HouseholdAccess households,
             Triage triage, ReferralReads referrals, CaseReads cases, Clock clock, EmergencyAccess emergency,
             FreeHouseholds free, RoleGrantReviews roleGrants, Meldcode meldcode) {
        this.meldcode = meldcode;
        this.free = free;
        this.roleGrants = roleGrants;
        this.emergency = emergency;
        this.cases = cases;
        this.programmes = programmes;
        this.guard = guard;
        this.planning = planning;
        this.households = households;
        this.triage = triage;
        this.referrals = referrals;
        this.clock = clock;
    }

    public List<WorkItem> forCurrentUser() {
        CurrentUser user = CurrentUser.require();
        List<WorkItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (ProgrammeView p : programmes.visible()) {
            if (user.hasRole(Role.ADMIN) && !guard.holdsAny(user, p.id(), Role.VISITOR, Role.CASE_MANAGER, Role.PARTNER,
                    Role.COORDINATOR)) continue;
            String base = "/programmes/" + p.id();
            if (guard.holdsAny(user, p.id(), Role.VISITOR)) {
                add(items, "work.walkList", planning.openCount(p.id(), user.id()), p, base + "/walk-list", false);
                add(items, "work.revisits", households.revisitsDue(p.id(), user.id(), today.plusDays(7)), p,
                        base + "/walk-list", true);
            }
            if (guard.holdsAny(user, p.id(), Role.CASE_MANAGER)) {
                add(items, "work.triage", triage.queueCount(p.id()), p, base + "/triage", false);
                add(items, "work.unassigned", free.count(p.id()), p, base + "/households/unassigned", false);
                add(items, "work.overdue", referrals.overdueCount(p.id()), p, base + "/referrals/overdue", true);
                add(items, "work.answered", referrals.answeredCount(p.id(), user.id()), p, base + "/referrals/answered", false);
                add(items, "work.idleCases", cases.idleCases(p.id(), user.id(), clock.instant()), p, base + "/cases", true);
                add(items, "work.actionsDue", cases.actionsDue(p.id(), user.id(), today), p, base + "/cases", false);
            } else if (guard.holdsAny(user, p.id(), Role.COORDINATOR)) {
                add(items, "work.overdue", referrals.overdueCount(p.id()), p, base + "/referrals/overdue", true);
                add(items, "work.unassigned", free.count(p.id()), p, base + "/households/unassigned", false);
            }
            if (guard.holdsAny(user, p.id(), Role.SPECIALIST)) {
                add(items, "work.specialist", triage.specialistCount(p.id()), p, base + "/specialist", false);
            }
        }
        if (user.hasRole(Role.PRIVACY_OFFICER)) {
            add(items, "work.breakGlass", emergency.unreviewedCount(), null, "/break-glass", true);
            add(items, "work.roleGrants", roleGrants.unreviewedCount(), null, "/role-grants", false);
        }
        if (user.hasRole(Role.PARTNER)) {
            add(items, "work.inbox", referrals.openInInbox(), null, "/referrals", false);
        }
        if (user.hasRole(Role.SAFETY_OFFICER)) {
            // issue 19.7: the open meldcode records, per step they wait for; those past the term first
            meldcode.openByStep(clock.instant()).forEach((step, counts) -> {
                add(items, "work.meldcodeLate." + step.name(), counts[1], null, "/meldcode", true);
                add(items, "work.meldcode." + step.name(), counts[0] - counts[1], null, "/meldcode", false);
            });
        }
        return items;
    }

    private static void add(List<WorkItem> items, String key, long count, ProgrammeView programme, String link,
                            boolean urgent) {
        if (count > 0) items.add(new WorkItem(key, count, programme == null ? null : programme.name(), link, urgent));
    }
}

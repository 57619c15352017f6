package nl.voordeur.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** What a user does in a programme (product.md). */
public enum Role {
    ADMIN, COORDINATOR, VISITOR, CASE_MANAGER, SPECIALIST, PARTNER, SAFETY_OFFICER, PRIVACY_OFFICER, COUNCIL;

    /**
     * Roles that open residents' files, referrals, meldcode records or the audit log: each grant waits on the
     * privacy officer's review, and a council account never holds one.
     */
    public static final Set<Role> OPENS_FILES = EnumSet.of(VISITOR, CASE_MANAGER, SPECIALIST, PARTNER, SAFETY_OFFICER,
            PRIVACY_OFFICER);

    public boolean opensFiles() {
        return OPENS_FILES.contains(this);
    }

    /** A council account sees suppressed figures only: COUNCIL never stands beside a role that opens files. */
    public static boolean mixesCouncilWithFiles(Collection<Role> roles) {
        return roles.contains(COUNCIL) && roles.stream().anyMatch(Role::opensFiles);
    }
}

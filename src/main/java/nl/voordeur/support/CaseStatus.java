package nl.voordeur.support;

import nl.voordeur.shared.DomainRuleViolated;

/**
 * OPEN → ACTIVE (a plan with at least one goal and one action) → MONITORING (and back to ACTIVE)
 * → CLOSED with a reason, once every question of the household is closed or handed over.
 */
public enum CaseStatus {
    OPEN, ACTIVE, MONITORING, CLOSED;

    public enum CloseReason { GOALS_MET, HANDED_OVER, RESIDENT_STOPPED, MOVED, UNREACHABLE }

    CaseStatus activate(boolean hasPlan) {
        if (this != OPEN && this != MONITORING) throw illegal("activate");
        if (!hasPlan) throw new DomainRuleViolated("case.plan.required", "plan");
        return ACTIVE;
    }

    CaseStatus monitor() {
        if (this != ACTIVE) throw illegal("monitor");
        return MONITORING;
    }

    CaseStatus close(CloseReason reason, boolean questionsSettled) {
        if (this == CLOSED) throw illegal("close");
        if (reason == null) throw new DomainRuleViolated("case.reason.required", "reason");
        if (!questionsSettled) throw new DomainRuleViolated("case.questions.open", "reason");
        return CLOSED;
    }

    private DomainRuleViolated illegal(String action) {
        return new DomainRuleViolated("case.transition", "status", name(), action);
    }
}

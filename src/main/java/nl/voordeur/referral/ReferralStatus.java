package nl.voordeur.referral;

import nl.voordeur.shared.DomainRuleViolated;

/**
 * SENT → ACCEPTED | REJECTED(reason); ACCEPTED → COMPLETED(successful, reason if not);
 * WITHDRAWN from any open point (SENT, ACCEPTED). Everything else is refused.
 */
public enum ReferralStatus {
    SENT, ACCEPTED, REJECTED, COMPLETED, WITHDRAWN;

    public boolean open() {
        return this == SENT || this == ACCEPTED;
    }

    ReferralStatus accept() {
        return move(this == SENT, ACCEPTED, "accept");
    }

    ReferralStatus reject(String reason) {
        if (this == SENT && (reason == null || reason.isBlank())) {
            throw new DomainRuleViolated("referral.reject.reason", "reason");
        }
        return move(this == SENT, REJECTED, "reject");
    }

    ReferralStatus complete(Boolean successful, String reason) {
        if (this == ACCEPTED && successful == null) throw new DomainRuleViolated("referral.complete.successful", "successful");
        if (this == ACCEPTED && !successful && (reason == null || reason.isBlank())) {
            throw new DomainRuleViolated("referral.complete.reason", "reason");
        }
        return move(this == ACCEPTED, COMPLETED, "complete");
    }

    ReferralStatus withdraw() {
        return move(open(), WITHDRAWN, "withdraw");
    }

    private ReferralStatus move(boolean allowed, ReferralStatus next, String action) {
        if (!allowed) throw new DomainRuleViolated("referral.transition", "status", this.name(), action);
        return next;
    }
}

/**
 * Referrals of help questions to partner organisations: sending (after the consent check),
 * the partner's inbox, accepting, rejecting, completing, withdrawing, and the working-day clock
 * of the priority agreement.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"support", "household", "programme", "privacy", "access", "audit", "shared"})
package nl.voordeur.referral;

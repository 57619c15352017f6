package nl.voordeur.address.web;

import java.util.UUID;

import nl.voordeur.shared.DomainRuleViolated;

/**
 * The owner select of the address page: a corporation's id, {@code none} (no corporation),
 * {@code corporation} (a corporation, not known which) or empty (unknown).
 */
final class OwnerChoice {

    static final String NONE = "none";
    static final String SOME_CORPORATION = "corporation";

    private OwnerChoice() {
    }

    static UUID corporation(String owner) {
        if (owner.isEmpty() || owner.equals(NONE) || owner.equals(SOME_CORPORATION)) return null;
        try {
            return UUID.fromString(owner);
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolated("address.corporation.unknown", "owner");
        }
    }

    static Boolean owned(String owner) {
        if (owner.isEmpty()) return null;
        return !owner.equals(NONE);
    }
}

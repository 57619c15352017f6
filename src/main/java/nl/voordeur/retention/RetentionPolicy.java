package nl.voordeur.retention;

import java.util.UUID;

/**
 * A programme's retention terms: a household's file is anonymised {@code caseMonths} after it
 * closed; data of addresses that were only contacted go {@code contactOnlyMonths} after the
 * programme's end. {@code version} 0 with {@code standard} means the defaults apply.
 */
public record RetentionPolicy(UUID programmeId, int caseMonths, int contactOnlyMonths, boolean standard, int version) {
}

package nl.voordeur.neighbourhood;

import nl.voordeur.access.Role;

/**
 * Who does what with the neighbourhood figures. The coordinator (or an administrator) keeps them;
 * the kernteam that works in the area reads them; the council reads the indicators, which are area
 * aggregates, and sees initiatives only in the report, where small counts are suppressed.
 */
final class NeighbourhoodRoles {

    static final Role[] EDITORS = {Role.ADMIN, Role.COORDINATOR};
    static final Role[] INITIATIVE_READERS = {Role.ADMIN, Role.COORDINATOR, Role.VISITOR, Role.CASE_MANAGER, Role.SPECIALIST};
    static final Role[] INDICATOR_READERS = {Role.ADMIN, Role.COORDINATOR, Role.VISITOR, Role.CASE_MANAGER, Role.SPECIALIST,
            Role.COUNCIL};

    private NeighbourhoodRoles() {
    }
}

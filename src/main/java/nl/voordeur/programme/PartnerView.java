package nl.voordeur.programme;

import java.util.UUID;

import nl.voordeur.access.OrganisationKind;

/** A partner organisation of a programme with its priority agreement in working days. */
public record PartnerView(UUID organisationId, String organisationName, OrganisationKind organisationKind,
                          int priorityResponseDays) {
}

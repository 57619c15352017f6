package nl.voordeur.address;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.OrganisationKind;
import nl.voordeur.access.OrganisationView;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.programme.PartnerView;
import nl.voordeur.shared.DomainRuleViolated;

/** The housing corporations registered in Voordeur, and those a programme works with as partners. */
@Component
class CorporationDirectory {

    private final AccessManagement access;
    private final Kernteam kernteam;

    CorporationDirectory(AccessManagement access, Kernteam kernteam) {
        this.access = access;
        this.kernteam = kernteam;
    }

    List<OrganisationView> all() {
        return access.organisations().stream().filter(o -> o.kind() == OrganisationKind.HOUSING_CORPORATION).toList();
    }

    /** What the {@code corporatie} column of this programme's lists may name, and what "ja" stands for. */
    Corporations forProgramme(UUID programmeId) {
        List<UUID> partners = kernteam.partnersOf(programmeId).stream()
                .filter(p -> p.organisationKind() == OrganisationKind.HOUSING_CORPORATION)
                .map(PartnerView::organisationId).toList();
        return Corporations.of(all(), partners);
    }

    /** The corporation's name; refuses an id that is not a registered housing corporation. */
    String requireName(UUID corporationId) {
        return access.organisation(corporationId).filter(o -> o.kind() == OrganisationKind.HOUSING_CORPORATION)
                .map(OrganisationView::name)
                .orElseThrow(() -> new DomainRuleViolated(MessageKeys.CORPORATION_UNKNOWN, "corporationId"));
    }
}

package nl.voordeur.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.voordeur.access.OrganisationKind;
import nl.voordeur.access.Role;
import nl.voordeur.access.Specialism;

/** The organisations and people of the seed programmes. */
final class DemoPeople {

    static final String PASSWORD = "demo-voordeur-2026";

    private DemoPeople() {
    }

    /**
     * A demo user. {@code global} roles hold everywhere (administrator, privacy officer); the
     * others are kernteam roles in the programmes of {@code municipality} ("*" for all), or in the
     * one neighbourhood named.
     */
    record DemoUser(String username, String displayName, String organisation, Role role, Specialism specialism,
                    boolean global, String municipality, String neighbourhood) {

        boolean worksIn(String programmeMunicipality, String programmeNeighbourhood) {
            boolean place = municipality.equals("*") || municipality.equals(programmeMunicipality);
            return place && (neighbourhood == null || programmeNeighbourhood.startsWith(neighbourhood));
        }
    }

    private static DemoUser everywhere(String username, String name, String org, Role role, Specialism specialism) {
        return new DemoUser(username, name, org, role, specialism, false, "*", null);
    }

    /** One user per role, named after the role (product.md). */
    static final List<DemoUser> ROLE_USERS = List.of(
            new DemoUser("admin", "Anna Beheer", "Gemeente Helmond", Role.ADMIN, null, true, "*", null),
            everywhere("coordinator", "Carla Coördinator", "LEVgroep", Role.COORDINATOR, null),
            everywhere("visitor", "Vincent Huisbezoeker", "WoCom", Role.VISITOR, null),
            everywhere("case_manager", "Kees Casemanager", "LEVgroep", Role.CASE_MANAGER, null),
            everywhere("specialist", "Sanne Voorzieningenchecker", "Gemeente Helmond", Role.SPECIALIST,
                    Specialism.BENEFITS_CHECKER),
            new DemoUser("partner", "Pieter Partner", "WoCom", Role.PARTNER, null, false, "Helmond", "Annawijk"),
            everywhere("safety_officer", "Sara Aandachtsfunctionaris", "LEVgroep", Role.SAFETY_OFFICER, null),
            new DemoUser("privacy_officer", "Frank Gegevensbescherming", "Gemeente Helmond", Role.PRIVACY_OFFICER,
                    null, true, "*", null),
            new DemoUser("council", "Raad Helmond", "Gemeente Helmond", Role.COUNCIL, null, false, "Helmond", null));

    /** Home visitors go in pairs: a second visitor per programme, from the corporation or the welfare organisation. */
    static final List<DemoUser> VISITOR_PAIRS = List.of(
            new DemoUser("annawijk.bezoeker", "Lotte van LEVgroep", "LEVgroep", Role.VISITOR, null, false, "Helmond", "Annawijk"),
            new DemoUser("dewaart.bezoeker", "Ruud van Woonpartners", "Woonpartners", Role.VISITOR, null, false, "Helmond", "De Waart"),
            new DemoUser("wielwijk.bezoeker", "Hanneke van Woonbron", "Woonbron", Role.VISITOR, null, false, "Dordrecht", null),
            new DemoUser("heilust.woonconsulent", "Manuel van Hestia", "Hestia groep", Role.VISITOR, null, false, "Kerkrade", null),
            new DemoUser("deruit.projectmedewerker", "Bart van Woningstichting", "Woningstichting Venlo-Blerick",
                    Role.VISITOR, null, false, "Venlo", null));

    static List<DemoUser> all() {
        return Stream.concat(ROLE_USERS.stream(), VISITOR_PAIRS.stream()).toList();
    }

    static final Map<String, OrganisationKind> ORGANISATIONS = organisations();

    private static Map<String, OrganisationKind> organisations() {
        Map<String, OrganisationKind> map = new LinkedHashMap<>();
        map.put("Gemeente Helmond", OrganisationKind.MUNICIPALITY);
        map.put("LEVgroep", OrganisationKind.WELFARE);
        map.put("WoCom", OrganisationKind.HOUSING_CORPORATION);
        map.put("Politie Helmond", OrganisationKind.POLICE);
        map.put("Woonpartners", OrganisationKind.HOUSING_CORPORATION);
        map.put("Gemeente Dordrecht", OrganisationKind.MUNICIPALITY);
        map.put("Woonbron", OrganisationKind.HOUSING_CORPORATION);
        map.put("Welzijn Dordrecht", OrganisationKind.WELFARE);
        map.put("Maatschappelijk Werk Dordrecht", OrganisationKind.SOCIAL_WORK);
        map.put("Sociaal Raadslieden Dordrecht", OrganisationKind.DEBT_SERVICES);
        map.put("Bureau Jeugdzorg Zuid-Holland", OrganisationKind.YOUTH_CARE);
        map.put("GGD Zuid-Holland Zuid", OrganisationKind.PUBLIC_HEALTH);
        map.put("Gemeente Kerkrade", OrganisationKind.MUNICIPALITY);
        map.put("Hestia groep", OrganisationKind.HOUSING_CORPORATION);
        map.put("Maatschappelijk Werk Kerkrade", OrganisationKind.SOCIAL_WORK);
        map.put("Gemeente Venlo", OrganisationKind.MUNICIPALITY);
        map.put("Woningstichting Venlo-Blerick", OrganisationKind.HOUSING_CORPORATION);
        map.put("GGZ Noord- en Midden-Limburg", OrganisationKind.MENTAL_HEALTH);
        map.put("GGD Limburg-Noord", OrganisationKind.PUBLIC_HEALTH);
        map.put("Stichting Wel.kom", OrganisationKind.WELFARE);
        map.put("Politie Venlo", OrganisationKind.POLICE);
        return map;
    }
}

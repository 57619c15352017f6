package nl.voordeur.authz;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.HttpTest.TestUser;
import nl.voordeur.testing.PageClient;
import nl.voordeur.testing.ProgrammeFixture;

/**
 * One programme with a record of every kind, and one user per column of the authorization
 * matrix. Path variables resolve to these records; endpoints that would spoil the world for
 * the next caller (removing a member, disabling a user) point at throw-away records instead.
 */
final class MatrixWorld {

    static final String ADDRESSES = """
            postcode,huisnummer,straat,woonplaats
            5701 AB,1,Spoorstraat,Helmond
            5701 AB,2,Spoorstraat,Helmond
            5701 AB,3,Spoorstraat,Helmond
            """;

    /** The columns of the matrix, in order. */
    enum Caller {
        ANONYMOUS, ADMIN, COORDINATOR, VISITOR, CASE_MANAGER, SPECIALIST, PARTNER, OTHER_PARTNER,
        SAFETY_OFFICER, PRIVACY_OFFICER, COUNCIL, OUTSIDER
    }

    final Map<String, String> ids = new HashMap<>();
    final Map<Caller, ApiClient> apis = new LinkedHashMap<>();
    final Map<Caller, PageClient> pages = new LinkedHashMap<>();
    final Map<Caller, UUID> userIds = new LinkedHashMap<>();
    private final Map<Caller, String> usernames = new LinkedHashMap<>();

    /** Texts of the health records, which a police caller must never receive in any answer. */
    static final List<String> HEALTH_MARKERS = List.of("\"domain\":\"MENTAL_HEALTH\"", "Somber sinds de verhuizing",
            "Slaapt slecht door de zorgen", "Geestelijke gezondheid", "geestelijke gezondheid");

    private final HttpTest test;
    private final int port;
    private final boolean police;
    private final ProgrammeFixture programme;

    MatrixWorld(HttpTest test, int port) {
        this(test, port, false);
    }

    /**
     * With {@code police}, every caller works for a police organisation (the coordinator, visitors,
     * case manager, specialist, partners, officers and council account alike), and the household also
     * holds health-domain records written by a colleague from another organisation.
     */
    MatrixWorld(HttpTest test, int port, boolean police) {
        this.test = test;
        this.port = port;
        this.police = police;
        this.programme = ProgrammeFixture.create(test, ADDRESSES, police ? "POLICE" : "WELFARE");
        programme.assignAllToThePair();
        ids.put("programme", programme.id);
        List<String> addresses = programme.addressIds();
        ids.put("address", addresses.get(0));
        ids.put("secondAddress", addresses.get(1));
        ids.put("spareAddress", addresses.get(2));
        callers();
        records();
        throwAways();
    }

    private void callers() {
        UUID welfare = organisation("WELFARE");
        ids.put("spareOrganisationForBreaker", welfare.toString());
        UUID partner = organisation("DEBT_SERVICES");
        UUID otherPartner = organisation("MENTAL_HEALTH");
        ids.put("partnerOrganisation", partner.toString());
        for (UUID org : List.of(partner, otherPartner, welfare)) { // welfare: a kernteam organisation, its staff visit
            post("/api/v1/programmes/" + programme.id + "/partners", Map.of("organisationId", org, "priorityResponseDays", 3));
        }
        add(Caller.ADMIN, test.user(welfare, "ADMIN"));
        apis.put(Caller.COORDINATOR, programme.coordinator);
        add(Caller.VISITOR, programme.visitor);
        add(Caller.CASE_MANAGER, member(welfare, "CASE_MANAGER"));
        add(Caller.SPECIALIST, specialist(welfare));
        add(Caller.PARTNER, member(partner, "PARTNER"));
        add(Caller.OTHER_PARTNER, member(otherPartner, "PARTNER"));
        add(Caller.SAFETY_OFFICER, member(welfare, "SAFETY_OFFICER"));
        TestUser officer = test.user(welfare);
        check(test.api("admin").post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", officer.id(), "roles", List.of("PRIVACY_OFFICER")))); // only an administrator appoints one
        add(Caller.PRIVACY_OFFICER, officer);
        add(Caller.COUNCIL, member(organisation("MUNICIPALITY"), "COUNCIL"));
        add(Caller.OUTSIDER, outsider(welfare));
        pages.put(Caller.COORDINATOR, pageClientOf(programme.coordinator));
        userIds.put(Caller.COORDINATOR, UUID.fromString(userIdOf(Caller.COORDINATOR)));
        ids.put("caseManagerUser", userIdOf(Caller.CASE_MANAGER));
        ids.put("visitorUser", programme.visitor.id().toString());
    }

    private void records() {
        ApiClient caseManager = apis.get(Caller.CASE_MANAGER);
        Map<String, Object> visit = new HashMap<>();
        visit.put("date", LocalDate.now().minusDays(2).toString());
        visit.put("members", List.of(
                Map.of("name", "Matrix Hoofdbewoner", "birthYear", 1970, "relation", "MAIN_RESIDENT", "present", true),
                Map.of("name", "Matrix Partner", "birthYear", 1972, "relation", "PARTNER", "present", true)));
        var recorded = programme.visitorApi.post("/api/v1/addresses/" + ids.get("address") + "/visits", visit).json();
        ids.put("household", recorded.get("householdId").asString());
        ids.put("person", recorded.get("members").get(0).get("id").asString());
        post("/api/v1/households/" + ids.get("household") + "/case-manager", Map.of("userId", ids.get("caseManagerUser")));
        ids.put("question", idOf(caseManager.post("/api/v1/households/" + ids.get("household") + "/help-questions",
                Map.of("personId", ids.get("person"), "domain", "FINANCES", "kind", "QUESTION", "description", "Schulden"))));
        check(caseManager.post("/api/v1/help-questions/" + ids.get("question") + "/triage", Map.of("handler", "REFERRAL", "reason", "Schuldhulp")));
        check(caseManager.post("/api/v1/persons/" + ids.get("person") + "/consents", Map.of("organisationId",
                ids.get("partnerOrganisation"), "purpose", "REFERRAL", "given", true, "method", "VERBAL",
                "date", LocalDate.now().toString())));
        ids.put("referral", idOf(caseManager.post("/api/v1/help-questions/" + ids.get("question") + "/referrals",
                Map.of("organisationId", ids.get("partnerOrganisation"), "priority", true, "warmHandover", false))));
        ids.put("case", idOf(caseManager.post("/api/v1/households/" + ids.get("household") + "/cases",
                Map.of("ownerId", ids.get("caseManagerUser"), "personIds", List.of(ids.get("person"))))));
        ids.put("goal", idOf(caseManager.post("/api/v1/cases/" + ids.get("case") + "/goals", Map.of("text", "Rust in de financiën"))));
        ids.put("action", idOf(caseManager.post("/api/v1/cases/" + ids.get("case") + "/actions",
                Map.of("goalId", ids.get("goal"), "text", "Budgetplan maken"))));
        var second = programme.visitorApi.post("/api/v1/addresses/" + ids.get("secondAddress") + "/visits", Map.of(
                "date", LocalDate.now().minusDays(1).toString(), "members",
                List.of(Map.of("name", "Matrix Buurman", "birthYear", 1965, "relation", "MAIN_RESIDENT", "present", true))));
        ids.put("secondHousehold", second.json().get("householdId").asString());
        ids.put("attempt", idOf(programme.visitorApi.post("/api/v1/addresses/" + ids.get("address") + "/contact-attempts",
                Map.of("date", LocalDate.now().toString(), "daypart", "MORNING", "outcome", "NOT_HOME"))));
        if (police) healthRecords();
        breakGlass();
        ids.put("roleGrant", apis.get(Caller.PRIVACY_OFFICER).get("/api/v1/role-grants").json()
                .get("items").get(0).get("id").asString()); // the case manager's grant waits for review
        ids.put("retentionRun", idOf(apis.get(Caller.PRIVACY_OFFICER).post("/api/v1/retention/runs", Map.of())));
        ids.put("meldcode", idOf(caseManager.post("/api/v1/households/" + ids.get("household") + "/meldcode",
                Map.of("personId", ids.get("person"), "concern", "Zorg over de veiligheid thuis"))));
    }

    private UUID organisation(String kind) {
        return test.organisation(police ? "POLICE" : kind);
    }

    /**
     * A colleague from the welfare organisation, visiting with the pair, records what the police may
     * never see: a mental-health question, a conversation note and a score in that domain.
     */
    private void healthRecords() {
        TestUser colleague = test.user(test.organisation("WELFARE"));
        check(test.api("admin").post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", colleague.id(), "roles", List.of("VISITOR"))));
        check(programme.coordinator.post("/api/v1/programmes/" + programme.id + "/assignments", Map.of("visitorIds",
                List.of(colleague.id(), programme.visitor.id(), programme.partnerVisitor.id()), "addressIds", List.of(ids.get("address")))));
        ApiClient welfare = test.api(colleague.username());
        check(welfare.post("/api/v1/households/" + ids.get("household") + "/help-questions", Map.of("personId", ids.get("person"),
                "domain", "MENTAL_HEALTH", "kind", "QUESTION", "description", "Somber sinds de verhuizing")));
        check(welfare.post("/api/v1/persons/" + ids.get("person") + "/conversations", Map.of("domain", "MENTAL_HEALTH",
                "note", "Slaapt slecht door de zorgen")));
        check(welfare.post("/api/v1/persons/" + ids.get("person") + "/scores", Map.of("domain", "MENTAL_HEALTH",
                "score", 2, "date", LocalDate.now().toString())));
    }

    /** A visitor who is not assigned to the household opens its file in an emergency: a grant to review. */
    private void breakGlass() {
        TestUser breaker = member(UUID.fromString(ids.get("spareOrganisationForBreaker")), "VISITOR");
        check(test.api(breaker.username()).post("/api/v1/households/" + ids.get("secondHousehold") + "/break-glass",
                Map.of("ground", "CASE_MANAGER_UNREACHABLE", "reason", "Acute zorg, casemanager onbereikbaar")));
        ids.put("grant", apis.get(Caller.PRIVACY_OFFICER).get("/api/v1/break-glass").json()
                .get("items").get(0).get("id").asString());
    }

    /** Records that the matrix may change or remove without spoiling the world. */
    private void throwAways() {
        UUID org = test.organisation("OTHER");
        ids.put("spareOrganisation", org.toString());
        TestUser spare = test.user(UUID.fromString(ids.get("spareOrganisationForBreaker"))); // a kernteam organisation
        ids.put("spareUser", spare.id().toString());
        ids.put("spareUsername", spare.username());
        restore();
    }

    /** The name of the world's area indicator. */
    static final String INDICATOR = "Matrix indicator";

    /** An initiative as the API takes it. */
    static Map<String, Object> initiative() {
        return Map.of("activity", "Matrix", "heldOn", LocalDate.now().toString(), "organiser", "Matrix",
                "participants", 1, "volunteers", 0);
    }

    /**
     * Puts back the spare member and partner that the matrix's remove endpoints take away, and the
     * area indicator and initiative (under new ids) when a delete took them.
     */
    void restore() {
        ApiClient coordinator = apis.get(Caller.COORDINATOR);
        String neighbourhood = "/api/v1/programmes/" + programme.id;
        if (ids.get("indicator") == null || coordinator.get(neighbourhood + "/indicators/" + ids.get("indicator")).status() == 404) {
            ids.put("indicator", idOf(coordinator.post(neighbourhood + "/indicators",
                    Map.of("name", INDICATOR, "unit", "aantal", "direction", "LOWER_IS_BETTER"))));
        }
        if (ids.get("initiative") == null || coordinator.get(neighbourhood + "/initiatives/" + ids.get("initiative")).status() == 404) {
            ids.put("initiative", idOf(coordinator.post(neighbourhood + "/initiatives", initiative())));
        }
        apis.get(Caller.COORDINATOR).post("/api/v1/programmes/" + programme.id + "/partners",
                Map.of("organisationId", ids.get("spareOrganisation"), "priorityResponseDays", 3));
        apis.get(Caller.COORDINATOR).post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", ids.get("spareUser"), "roles", List.of("VISITOR")));
    }

    /** New logins for a caller whose sessions and tokens an endpoint ended (log out, log out everywhere). */
    void relogin(Caller caller) {
        String username = usernames.get(caller);
        apis.put(caller, test.api(username));
        pages.put(caller, pagesOf(username));
    }

    private void add(Caller caller, TestUser user) {
        usernames.put(caller, user.username());
        apis.put(caller, test.api(user.username()));
        userIds.put(caller, user.id());
        pages.put(caller, pagesOf(user.username()));
    }

    private PageClient pagesOf(String username) {
        return PageClient.loggedIn(port, username, HttpTest.PASSWORD);
    }

    private PageClient pageClientOf(ApiClient coordinator) {
        String username = coordinator.get("/api/v1/users/me").json().get("username").asString();
        usernames.put(Caller.COORDINATOR, username);
        return pagesOf(username);
    }

    private String userIdOf(Caller caller) {
        return apis.get(caller).get("/api/v1/users/me").json().get("id").asString();
    }

    private TestUser member(UUID organisation, String role) {
        TestUser user = test.user(organisation);
        post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", user.id(), "roles", List.of(role)));
        return user;
    }

    private TestUser specialist(UUID organisation) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
        String id = idOf(test.api("admin").post("/api/v1/users", Map.of("username", username, "password", HttpTest.PASSWORD,
                "displayName", "Specialist", "organisationId", organisation, "specialism", "BENEFITS_CHECKER")));
        post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", id, "roles", List.of("SPECIALIST")));
        return new TestUser(UUID.fromString(id), username);
    }

    /** Coordinator, visitor and case manager of another programme, but a stranger to this one. */
    private TestUser outsider(UUID organisation) {
        ProgrammeFixture other = ProgrammeFixture.create(test, ADDRESSES);
        TestUser user = test.user(organisation);
        check(other.coordinator.post("/api/v1/programmes/" + other.id + "/partners",
                Map.of("organisationId", organisation, "priorityResponseDays", 3)));
        check(other.coordinator.post("/api/v1/programmes/" + other.id + "/members",
                Map.of("userId", user.id(), "roles", List.of("COORDINATOR", "VISITOR", "CASE_MANAGER"))));
        return user;
    }

    private void post(String path, Object body) {
        check(programme.coordinator.post(path, body));
    }

    private static String idOf(ApiClient.Response response) {
        check(response);
        return response.json().get("id").asString();
    }

    private static void check(ApiClient.Response response) {
        if (response.status() >= 300) throw new AssertionError(response.status() + " " + response.body());
    }
}

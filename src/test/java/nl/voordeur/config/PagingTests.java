package nl.voordeur.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.notification.Notifications;
import nl.voordeur.shared.Paging;
import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every list in the API is paged the same way: {@code page} from 0 and {@code size} from 1 to
 * {@value Paging#MAX_SIZE}, answering {@code {"items": [...], "total": n}}. The lists come from the
 * served OpenAPI description (every GET that answers a page), each read in a world where it holds
 * at least two items, so that a page of one shows that paging happens. Bad values are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingTests extends HttpTest {

    @Autowired
    Notifications notifications;


    static final String ADDRESSES = """
            postcode,huisnummer,straat,woonplaats,corporatie
            5703 PG,1,Bladzijdestraat,Helmond,nee
            5703 PG,2,Bladzijdestraat,Helmond,ja
            5703 PG,3,Bladzijdestraat,Helmond,nee
            5703 PG,4,Bladzijdestraat,Helmond,ja
            5703 PG,5,Bladzijdestraat,Helmond,nee
            """;

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Who reads which list, and where: one entry per list the API serves. */
    record Read(ApiClient caller, String path) {
    }

    final Map<String, Read> reads = new TreeMap<>();

    @BeforeAll
    void aWorldWithTwoOfEverything() {
        UUID corporationOrganisation = organisation("HOUSING_CORPORATION"); // "ja": the programme's one corporation
        ProgrammeFixture programme = ProgrammeFixture.create(this, ADDRESSES, corporationOrganisation);
        programme.assignAllToThePair();
        String p = "/api/v1/programmes/" + programme.id;
        ApiClient coordinator = programme.coordinator;
        ApiClient visitor = programme.visitorApi;
        List<String> addresses = programme.addressIds();

        UUID partnerX = organisation("DEBT_SERVICES");
        UUID partnerY = organisation("SOCIAL_WORK");
        for (UUID partner : List.of(partnerX, partnerY)) {
            check(coordinator.post(p + "/partners", Map.of("organisationId", partner, "priorityResponseDays", 3)));
        }
        UUID welfare = organisation("WELFARE");
        TestUser caseManagerUser = member(coordinator, p, user(welfare), "CASE_MANAGER");
        ApiClient caseManager = api(caseManagerUser.username());
        ApiClient partner = api(member(coordinator, p, user(partnerX), "PARTNER").username());
        ApiClient corporation = api(member(coordinator, p, user(corporationOrganisation), "PARTNER").username());
        ApiClient safetyOfficer = api(member(coordinator, p, user(welfare), "SAFETY_OFFICER").username());
        ApiClient specialist = api(member(coordinator, p, specialist(welfare), "SPECIALIST").username());
        TestUser officer = user(welfare);
        check(admin().post(p + "/members", Map.of("userId", officer.id(), "roles", List.of("PRIVACY_OFFICER"))));
        ApiClient privacyOfficer = api(officer.username());

        for (int i = 0; i < 2; i++) {
            check(visitor.post("/api/v1/addresses/" + addresses.get(0) + "/contact-attempts", Map.of("date",
                    LocalDate.now().minusDays(3 - i).toString(), "daypart", "MORNING", "outcome", "NOT_HOME")));
        }
        JsonNode first = visit(visitor, addresses.get(1), "Eerste", "Tweede");
        String household = first.get("householdId").asString();
        String person = first.get("members").get(0).get("id").asString();
        String partnerOfPerson = first.get("members").get(1).get("id").asString();
        for (String address : List.of(addresses.get(2), addresses.get(3))) {
            JsonNode waiting = visit(visitor, address, "Wachtende");
            question(visitor, waiting.get("householdId").asString(), waiting.get("members").get(0).get("id").asString());
        }
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 6; i++) questions.add(question(visitor, household, person));
        takes(caseManager, caseManagerUser.id(), household);
        for (int i = 2; i < 6; i++) {
            check(caseManager.post("/api/v1/help-questions/" + questions.get(i) + "/triage",
                    Map.of("handler", i < 4 ? "REFERRAL" : "BENEFITS_CHECKER", "reason", "Doorzetten")));
        }
        for (UUID organisation : List.of(partnerX, partnerY)) {
            check(caseManager.post("/api/v1/persons/" + person + "/consents", Map.of("organisationId", organisation,
                    "purpose", "REFERRAL", "given", true, "method", "VERBAL", "date", LocalDate.now().toString())));
        }
        String referred = questions.get(2);
        for (UUID organisation : List.of(partnerX, partnerY)) refer(caseManager, referred, organisation);
        refer(caseManager, questions.get(3), partnerX);
        jdbc.sql("UPDATE referral.referral SET due_on = due_on - 30 WHERE programme_id = ?")
                .param(UUID.fromString(programme.id)).update(); // two weeks' agreement long gone: overdue
        for (String member : List.of(person, partnerOfPerson)) {
            check(caseManager.post("/api/v1/households/" + household + "/cases",
                    Map.of("ownerId", caseManagerUser.id(), "personIds", List.of(member))));
            check(caseManager.post("/api/v1/households/" + household + "/meldcode",
                    Map.of("personId", member, "concern", "Zorg om de veiligheid thuis")));
        }
        TestUser breaker = member(admin(), p, user(welfare), "VISITOR"); // welfare is no kernteam organisation here
        unassignedHouseholds(coordinator, p).forEach(h -> check(api(breaker.username())
                .post("/api/v1/households/" + h + "/break-glass", Map.of("ground", "CASE_MANAGER_UNREACHABLE", "reason", "Acute zorg, casemanager onbereikbaar"))));
        for (int i = 0; i < 2; i++) check(privacyOfficer.post("/api/v1/retention/runs", Map.of()));
        notifications.collect(); // the referrals and break-glass grants above, in the outbox
        for (String name : List.of("Overlastmeldingen", "Veiligheidsgevoel")) {
            check(coordinator.post(p + "/indicators", Map.of("name", name, "unit", "aantal", "direction", "LOWER_IS_BETTER")));
            check(coordinator.post(p + "/initiatives", Map.of("activity", name, "heldOn", LocalDate.now().toString(),
                    "organiser", "Buurtcoördinator", "participants", 10, "volunteers", 2)));
        }

        ApiClient admin = admin();
        reads.put("/api/v1/organisations", new Read(admin, "/api/v1/organisations"));
        reads.put("/api/v1/users", new Read(admin, "/api/v1/users"));
        reads.put("/api/v1/programmes", new Read(admin, "/api/v1/programmes"));
        reads.put("/api/v1/programmes/{id}/addresses", new Read(coordinator, p + "/addresses"));
        reads.put("/api/v1/programmes/{id}/members", new Read(coordinator, p + "/members"));
        reads.put("/api/v1/programmes/{id}/partners", new Read(coordinator, p + "/partners"));
        reads.put("/api/v1/programmes/{id}/indicators", new Read(coordinator, p + "/indicators"));
        reads.put("/api/v1/programmes/{id}/initiatives", new Read(coordinator, p + "/initiatives"));
        reads.put("/api/v1/programmes/{id}/households/unassigned", new Read(coordinator, p + "/households/unassigned"));
        reads.put("/api/v1/addresses/{id}/contact-attempts", new Read(visitor, "/api/v1/addresses/" + addresses.get(0) + "/contact-attempts"));
        reads.put("/api/v1/programmes/{id}/walk-list", new Read(visitor, p + "/walk-list"));
        reads.put("/api/v1/programmes/{id}/housing-remarks", new Read(corporation, p + "/housing-remarks"));
        reads.put("/api/v1/households/{id}/help-questions", new Read(caseManager, "/api/v1/households/" + household + "/help-questions"));
        reads.put("/api/v1/households/{id}/cases", new Read(caseManager, "/api/v1/households/" + household + "/cases"));
        reads.put("/api/v1/households/{id}/meldcode", new Read(caseManager, "/api/v1/households/" + household + "/meldcode"));
        reads.put("/api/v1/persons/{id}/consents", new Read(caseManager, "/api/v1/persons/" + person + "/consents"));
        reads.put("/api/v1/programmes/{id}/triage", new Read(caseManager, p + "/triage"));
        reads.put("/api/v1/help-questions/{id}/referrals", new Read(caseManager, "/api/v1/help-questions/" + referred + "/referrals"));
        reads.put("/api/v1/programmes/{id}/referrals/overdue", new Read(caseManager, p + "/referrals/overdue"));
        reads.put("/api/v1/programmes/{id}/specialist-queue", new Read(specialist, p + "/specialist-queue"));
        reads.put("/api/v1/referrals", new Read(partner, "/api/v1/referrals"));
        reads.put("/api/v1/programmes/{id}/meldcode", new Read(safetyOfficer, p + "/meldcode"));
        reads.put("/api/v1/meldcode", new Read(safetyOfficer, "/api/v1/meldcode"));
        reads.put("/api/v1/audit", new Read(privacyOfficer, "/api/v1/audit?userId=" + programme.visitor.id()));
        reads.put("/api/v1/break-glass", new Read(privacyOfficer, "/api/v1/break-glass"));
        reads.put("/api/v1/role-grants", new Read(privacyOfficer, "/api/v1/role-grants"));
        reads.put("/api/v1/retention/runs", new Read(privacyOfficer, "/api/v1/retention/runs"));
        reads.put("/api/v1/notifications/outbox", new Read(admin, "/api/v1/notifications/outbox"));
    }

    @Test
    void everyListInTheDescriptionIsCoveredHere() {
        assertThat(new TreeSet<>(reads.keySet())).isEqualTo(listsInTheDescription());
    }

    @Test
    void everyListHonoursSizeAndPage() {
        List<String> failures = new ArrayList<>();
        reads.forEach((list, read) -> {
            JsonNode two = read.caller().get(query(read.path(), "size=2")).json();
            JsonNode one = read.caller().get(query(read.path(), "size=1")).json();
            JsonNode second = read.caller().get(query(read.path(), "page=1&size=1")).json();
            JsonNode past = read.caller().get(query(read.path(), "page=1000&size=200")).json();
            long total = two.get("total").asLong();
            if (total < 2 || two.get("items").size() != 2) failures.add(list + ": expected two items of at least two, got " + two);
            else if (one.get("items").size() != 1 || !one.get("items").get(0).equals(two.get("items").get(0))) {
                failures.add(list + ": size=1 did not answer the first item alone: " + one);
            } else if (second.get("items").size() != 1 || !second.get("items").get(0).equals(two.get("items").get(1))) {
                failures.add(list + ": page=1&size=1 did not answer the second item: " + second);
            } else if (one.get("total").asLong() != total || second.get("total").asLong() != total) {
                failures.add(list + ": the total changed with the page: " + total + ", " + one.get("total") + ", " + second.get("total"));
            } else if (!past.get("items").isEmpty() || past.get("total").asLong() != total) {
                failures.add(list + ": a page past the end must be empty with the same total: " + past);
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void withoutSizeAPageHoldsTheDefault() {
        for (int i = 0; i <= Paging.DEFAULT_SIZE; i++) organisation("OTHER");
        JsonNode page = admin().get("/api/v1/organisations").json();
        assertThat(page.get("total").asLong()).isGreaterThan(Paging.DEFAULT_SIZE);
        assertThat(page.get("items").size()).isEqualTo(Paging.DEFAULT_SIZE);
        assertThat(admin().get("/api/v1/organisations?size=" + Paging.MAX_SIZE).json().get("items").size())
                .isEqualTo((int) Math.min(Paging.MAX_SIZE, page.get("total").asLong()));
    }

    @Test
    void badPageOrSizeIsRefusedWith400NamingTheParameter() {
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("page=-1", "page");
        bad.put("size=-1", "size");
        bad.put("size=0", "size");
        bad.put("size=" + (Paging.MAX_SIZE + 1), "size");
        bad.put("size=0x10", "size");
        bad.put("page=0x10", "page");
        bad.put("size=%2310", "size");
        bad.put("size=1.5", "size");
        bad.put("size=1e2", "size");
        bad.put("size=99999999999", "size");
        bad.put("page=99999999999999999999", "page");
        bad.put("page=abc", "page");
        List<String> failures = new ArrayList<>();
        reads.forEach((list, read) -> bad.forEach((parameter, name) -> {
            ApiClient.Response response = read.caller().get(query(read.path(), parameter));
            boolean named = response.status() == 400 && response.header("Content-Type").startsWith("application/problem+json")
                    && response.json().path("errors").findValuesAsString("field").contains(name);
            if (!named) failures.add(list + "?" + parameter + ": " + response.status() + " " + response.body());
        }));
        assertThat(failures).isEmpty();
    }

    private TreeSet<String> listsInTheDescription() {
        JsonNode description = JSON.readTree(pages("admin").get("/api/docs").body());
        TreeSet<String> lists = new TreeSet<>();
        description.get("paths").properties().forEach(path -> {
            for (JsonNode content : path.getValue().path("get").path("responses").path("200").path("content")) {
                if (content.path("schema").path("$ref").asString("").startsWith("#/components/schemas/PageResult")) {
                    lists.add(path.getKey());
                }
            }
        });
        return lists;
    }

    private static String query(String path, String query) {
        return path + (path.contains("?") ? "&" : "?") + query;
    }

    private List<String> unassignedHouseholds(ApiClient coordinator, String programme) {
        List<String> ids = new ArrayList<>();
        coordinator.get(programme + "/households/unassigned?size=200").json().get("items")
                .forEach(h -> ids.add(h.get("householdId").asString()));
        return ids;
    }

    private TestUser member(ApiClient coordinator, String programme, TestUser user, String role) {
        check(coordinator.post(programme + "/members", Map.of("userId", user.id(), "roles", List.of(role))));
        return user;
    }

    private TestUser specialist(UUID organisation) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
        var created = admin().post("/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "displayName", "Specialist", "organisationId", organisation, "specialism", "BENEFITS_CHECKER"));
        check(created);
        return new TestUser(UUID.fromString(created.json().get("id").asString()), username);
    }

    private static JsonNode visit(ApiClient visitor, String address, String... names) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", LocalDate.now().minusDays(1).toString());
        List<Map<String, Object>> members = new ArrayList<>();
        for (String name : names) {
            members.add(Map.of("name", name + " Pagina", "birthYear", 1980, "relation",
                    members.isEmpty() ? "MAIN_RESIDENT" : "PARTNER", "present", true));
        }
        body.put("members", members);
        body.put("intake", Map.of("willingToVolunteer", false, "interpreterNeeded", false, "maintenanceRemark", "Lekkage in de badkamer"));
        var recorded = visitor.post("/api/v1/addresses/" + address + "/visits", body);
        check(recorded);
        return recorded.json();
    }

    private static String question(ApiClient visitor, String household, String person) {
        var created = visitor.post("/api/v1/households/" + household + "/help-questions",
                Map.of("personId", person, "domain", "FINANCES", "kind", "QUESTION", "description", "Schulden"));
        check(created);
        return created.json().get("id").asString();
    }

    private static void refer(ApiClient caseManager, String question, UUID organisation) {
        check(caseManager.post("/api/v1/help-questions/" + question + "/referrals",
                Map.of("organisationId", organisation, "priority", false, "warmHandover", false)));
    }

    private static void check(ApiClient.Response response) {
        if (response.status() >= 300) throw new AssertionError(response.status() + " " + response.body());
    }
}

package nl.voordeur.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;
import nl.voordeur.testing.TestClock;
import tools.jackson.databind.JsonNode;

class VisitTests extends HttpTest {

    static final String STREET = """
            postcode,huisnummer,straat,woonplaats
            5701 AB,1,Spoorstraat,Helmond
            5701 AB,2,Spoorstraat,Helmond
            5701 AB,3,Spoorstraat,Helmond
            """;

    static Map<String, Object> member(String name, int birthYear, String relation, boolean present) {
        return Map.of("name", name, "birthYear", birthYear, "relation", relation, "present", present);
    }

    static Map<String, Object> visit(List<Map<String, Object>> members, Integer householdVersion) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", LocalDate.now().minusDays(1).toString());
        body.put("members", members);
        body.put("intake", Map.of("willingToVolunteer", true, "interpreterNeeded", false,
                "maintenanceRemark", "Lekkage in de badkamer", "revisitDate", LocalDate.now().plusDays(14).toString()));
        if (householdVersion != null) body.put("householdVersion", householdVersion);
        return body;
    }

    @Test
    void aFullVisitWithFiveMembersAndQuestionsInTwoDomainsMakesAMultipleProfile() {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        ApiClient visitor = programme.visitorApi;
        String address = programme.addressId("Spoorstraat 2");

        var recorded = visitor.post("/api/v1/addresses/" + address + "/visits", visit(List.of(
                member("Fatima Yilmaz", 1981, "MAIN_RESIDENT", true),
                member("Ahmet Yilmaz", 1979, "PARTNER", true),
                member("Oma Yilmaz", 1950, "PARENT", false),
                member("Elif Yilmaz", 2014, "CHILD", true),
                member("Can Yilmaz", 2017, "CHILD", true)), null));
        assertThat(recorded.status()).isEqualTo(201);
        JsonNode visit = recorded.json();
        String household = visit.get("householdId").asString();
        assertThat(visit.get("members").size()).isEqualTo(5);
        String fatima = visit.get("members").get(0).get("id").asString();
        String ahmet = visit.get("members").get(1).get("id").asString();
        String elif = visit.get("members").get(3).get("id").asString();

        question(visitor, household, fatima, "FINANCES", "QUESTION", "Achterstand met de huur");
        question(visitor, household, ahmet, "FINANCES", "QUESTION", "Hulp bij toeslagen");
        question(visitor, household, elif, "LANGUAGE", "SIGNAL", "Taalachterstand op school");
        question(visitor, household, fatima, "PARTICIPATION", "OPPORTUNITY", "Wil graag vrijwilligerswerk in de buurt");

        var file = visitor.get("/api/v1/households/" + household).json();
        assertThat(file.get("profile").asString()).isEqualTo("MULTIPLE");
        assertThat(file.get("members").size()).isEqualTo(5);
        List<String> names = new ArrayList<>();
        file.get("members").forEach(m -> names.add(m.get("name").asString()));
        assertThat(names).contains("Elif Yilmaz", "Can Yilmaz", "Oma Yilmaz");
        assertThat(file.get("members").get(3).get("relation").asString()).isEqualTo("CHILD");
        assertThat(file.get("visits").get(0).get("presentPersonIds").size()).isEqualTo(4);
        assertThat(file.get("helpQuestions").size()).isEqualTo(4);
        assertThat(file.get("file").get("housingRemarks").get(0).get("text").asString()).isEqualTo("Lekkage in de badkamer");
        assertThat(file.get("file").get("willingToVolunteer").asBoolean()).isTrue();

        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'CREATE' AND record_type = 'Visit' AND record_id = ?")
                .param(visit.get("id").asString()).query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'CREATE' AND record_type = 'HelpQuestion' "
                + "AND programme_id = ?::uuid").param(programme.id).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT count(DISTINCT person_id) FROM audit.audit_entry WHERE action = 'READ' AND record_type = 'Household' "
                + "AND record_id = ?").param(household).query(Long.class).single()).isEqualTo(5);
        assertThat(programme.coordinator.get("/api/v1/addresses/" + address).json().get("address").get("status").asString())
                .isEqualTo("VISITED");
    }

    @Test
    void theFileReadsBackEveryPartAsRecordedWithDutchDates() {
        // 23:30 UTC on 30 November is half past midnight on 1 December in the Netherlands.
        TestClock.set(java.time.ZonedDateTime.parse("2026-11-30T23:30:00Z"));
        try {
            var programme = ProgrammeFixture.create(this, STREET);
            programme.assignAllToThePair();
            ApiClient visitor = programme.visitorApi;
            String address = programme.addressId("Spoorstraat 3");
            Map<String, Object> body = visit(List.of(member("Noor de Vries", 1990, "MAIN_RESIDENT", true),
                    member("Sem de Vries", 2019, "CHILD", false)), null);
            body.put("date", "2026-11-30");
            var recorded = visitor.post("/api/v1/addresses/" + address + "/visits", body);
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            String household = recorded.json().get("householdId").asString();
            String noor = recorded.json().get("members").get(0).get("id").asString();
            assertThat(visitor.post("/api/v1/persons/" + noor + "/conversations",
                    Map.of("domain", "FINANCES", "note", "Betaalt de huur te laat")).status()).isEqualTo(201);
            var scored = visitor.post("/api/v1/persons/" + noor + "/scores",
                    Map.of("domain", "WORK_EDUCATION", "score", 3, "date", "2026-11-29"));
            assertThat(scored.status()).as(scored.body()).isEqualTo(201);

            var response = visitor.get("/api/v1/households/" + household);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode file = response.json().get("file");
            assertThat(file.get("members").get(0).get("name").asString()).isEqualTo("Noor de Vries");
            assertThat(file.get("members").get(0).get("birthYear").asInt()).isEqualTo(1990);
            assertThat(file.get("members").get(1).get("relation").asString()).isEqualTo("CHILD");
            JsonNode visit = file.get("visits").get(0);
            assertThat(visit.get("date").asString()).isEqualTo("2026-11-30");
            assertThat(visit.get("visitors").get(0).asString()).isEqualTo("Test " + programme.visitor.username());
            assertThat(visit.get("presentPersonIds").size()).isOne();
            assertThat(visit.get("presentPersonIds").get(0).asString()).isEqualTo(noor);
            JsonNode conversation = file.get("conversations").get(0);
            assertThat(conversation.get("personId").asString()).isEqualTo(noor);
            assertThat(conversation.get("domain").asString()).isEqualTo("FINANCES");
            assertThat(conversation.get("note").asString()).isEqualTo("Betaalt de huur te laat");
            assertThat(conversation.get("date").asString()).isEqualTo("2026-12-01");
            JsonNode score = file.get("scores").get(0);
            assertThat(score.get("domain").asString()).isEqualTo("WORK_EDUCATION");
            assertThat(score.get("score").asInt()).isEqualTo(3);
            assertThat(score.get("date").asString()).isEqualTo("2026-11-29");
            assertThat(file.get("housingRemarks").get(0).get("kind").asString()).isNotBlank();
            assertThat(file.get("willingToVolunteer").asBoolean()).isTrue();
        } finally {
            TestClock.reset();
        }
    }

    static void question(ApiClient api, String household, String person, String domain, String kind, String text) {
        var response = api.post("/api/v1/households/" + household + "/help-questions",
                Map.of("personId", person, "domain", domain, "kind", kind, "description", text, "urgency", "NORMAL"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void twoSavesFromTheSameVersionLetExactlyOneWin() throws Exception {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        String address = programme.addressId("Spoorstraat 1");
        String household = programme.visitorApi.post("/api/v1/addresses/" + address + "/visits",
                visit(List.of(member("Jan de Vries", 1960, "MAIN_RESIDENT", true)), null)).json().get("householdId").asString();
        ApiClient first = programme.visitorApi;
        ApiClient second = api(programme.partnerVisitor.username());
        int version = first.get("/api/v1/households/" + household).json().get("version").asInt();

        Callable<Integer> a = () -> first.put("/api/v1/households/" + household + "/intake",
                Map.of("version", version, "intake", Map.of("interpreterNeeded", true, "interpreterLanguage", "Arabisch"))).status();
        Callable<Integer> b = () -> second.put("/api/v1/households/" + household + "/intake",
                Map.of("version", version, "intake", Map.of("interpreterNeeded", false))).status();
        try (var pool = Executors.newFixedThreadPool(2)) {
            var results = pool.invokeAll(List.of(a, b));
            List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        }
        var conflict = second.put("/api/v1/households/" + household + "/intake",
                Map.of("version", version, "intake", Map.of("interpreterNeeded", false)));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("detail").asString()).contains("Iemand anders");

        var staleVisit = second.post("/api/v1/addresses/" + address + "/visits",
                visit(List.of(member("Jan de Vries", 1960, "MAIN_RESIDENT", true)), version));
        assertThat(staleVisit.status()).isEqualTo(409);
    }

    @Test
    void aRefusalCountsAsContactButNotAsAVisit() {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        String address = programme.addressId("Spoorstraat 3");
        var before = programme.coordinator.get("/api/v1/programmes/" + programme.id + "/outreach").json();
        assertThat(programme.visitorApi.post("/api/v1/addresses/" + address + "/contact-attempts", Map.of(
                "date", LocalDate.now().toString(), "daypart", "EVENING", "channel", "DOOR", "outcome", "REFUSED")).status())
                .isEqualTo(201);
        var after = programme.coordinator.get("/api/v1/programmes/" + programme.id + "/outreach").json();
        assertThat(after.get("contacted").asLong()).isEqualTo(before.get("contacted").asLong() + 1);
        assertThat(after.get("visited").asLong()).isEqualTo(before.get("visited").asLong());
        assertThat(after.get("households").asLong()).isEqualTo(3);
    }

    @Test
    void aRefusalEndsTheApproachUntilTheCoordinatorReopensTheAddressWithAReason() {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        String address = programme.addressId("Spoorstraat 2");
        String url = "/api/v1/addresses/" + address + "/contact-attempts";
        String today = LocalDate.now().toString();
        assertThat(programme.visitorApi.post(url, Map.of("date", today, "daypart", "EVENING", "outcome", "REFUSED")).status())
                .isEqualTo(201);
        var again = programme.visitorApi.post(url, Map.of("date", today, "daypart", "MORNING", "outcome", "NOT_HOME"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("detail").asString()).contains("geweigerd").contains("coördinator");
        var visit = programme.visitorApi.post("/api/v1/addresses/" + address + "/visits",
                visit(List.of(member("Jan de Vries", 1960, "MAIN_RESIDENT", true)), null));
        assertThat(visit.status()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT count(*) FROM household.household WHERE address_id = ?::uuid").param(address)
                .query(Long.class).single()).as("nothing half-saved").isZero();
        assertThat(programme.visitorApi.get(url).json().get("total").asInt()).as("only the refusal").isOne();
        String page = pages(programme.visitor.username()).get("/addresses/" + address).body();
        assertThat(page).contains("geweigerd").doesNotContain("/addresses/" + address + "/visit\"")
                .doesNotContain("value=\"NOT_HOME\"").contains("value=\"MOVED\"");

        assertThat(programme.coordinator.post("/api/v1/addresses/" + address + "/status-correction",
                Map.of("status", "IN_SCOPE", "reason", "")).status()).as("reopening needs a reason").isEqualTo(422);
        assertThat(programme.coordinator.post("/api/v1/addresses/" + address + "/status-correction",
                Map.of("status", "IN_SCOPE", "reason", "Bewoner belde zelf voor een afspraak")).status()).isEqualTo(200);
        assertThat(programme.visitorApi.post(url, Map.of("date", today, "daypart", "MORNING", "outcome", "APPOINTMENT_MADE"))
                .status()).isEqualTo(201);

        String other = "/api/v1/addresses/" + programme.addressId("Spoorstraat 3") + "/contact-attempts";
        programme.visitorApi.post(other, Map.of("date", today, "daypart", "EVENING", "outcome", "REFUSED"));
        assertThat(programme.visitorApi.post(other, Map.of("date", today, "daypart", "MORNING", "outcome", "MOVED")).status())
                .as("a finding about the dwelling still counts").isEqualTo(201);
    }

    @Test
    void aConversationAtANonResidentialAddressIsRefusedUntilCorrected() {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        String address = programme.addressId("Spoorstraat 1");
        String url = "/api/v1/addresses/" + address + "/contact-attempts";
        programme.visitorApi.post(url, Map.of("date", LocalDate.now().toString(), "daypart", "MORNING", "outcome", "NOT_RESIDENTIAL"));
        var refused = programme.visitorApi.post(url, Map.of("date", LocalDate.now().toString(), "daypart", "MORNING",
                "outcome", "DOORSTEP_CONTACT"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("Geen woning").contains("corrigeren");
        assertThat(programme.coordinator.post("/api/v1/addresses/" + address + "/status-correction",
                Map.of("status", "IN_SCOPE", "reason", "Toch bewoond")).status()).isEqualTo(200);
        assertThat(programme.visitorApi.post(url, Map.of("date", LocalDate.now().toString(), "daypart", "MORNING",
                "outcome", "DOORSTEP_CONTACT")).status()).isEqualTo(201);
    }

    @Test
    void aVisitorSeesOnlyTheirAssignedAddressesAndAnOutsiderNoHousehold() {
        var programme = ProgrammeFixture.create(this, STREET);
        String address = programme.addressId("Spoorstraat 1");
        assertThat(programme.visitorApi.get("/api/v1/programmes/" + programme.id + "/addresses").json().get("total").asInt()).isZero();
        assertThat(programme.visitorApi.post("/api/v1/addresses/" + address + "/contact-attempts", Map.of(
                "date", LocalDate.now().toString(), "daypart", "MORNING", "outcome", "NOT_HOME")).status()).isEqualTo(404);
        programme.assignAllToThePair();
        assertThat(programme.visitorApi.get("/api/v1/programmes/" + programme.id + "/addresses").json().get("total").asInt()).isEqualTo(3);
        String household = programme.visitorApi.post("/api/v1/addresses/" + address + "/visits",
                visit(List.of(member("Jan de Vries", 1960, "MAIN_RESIDENT", true)), null)).json().get("householdId").asString();
        var outsider = api(user(organisation("WELFARE")).username());
        assertThat(outsider.get("/api/v1/households/" + household).status()).isEqualTo(404);
        assertThat(programme.coordinator.get("/api/v1/households/" + household).status()).isEqualTo(404);
    }

    @Test
    void theCorporationReceivesHousingRemarksWithTheAddressOnly() {
        UUID corporation = organisation("HOUSING_CORPORATION");
        var programme = ProgrammeFixture.create(this, """
                postcode,huisnummer,straat,woonplaats,corporatie
                5701 AB,1,Spoorstraat,Helmond,nee
                5701 AB,2,Spoorstraat,Helmond,ja
                5701 AB,3,Spoorstraat,Helmond,
                """, corporation);
        programme.assignAllToThePair();
        for (String address : List.of("Spoorstraat 1", "Spoorstraat 2", "Spoorstraat 3")) {
            assertThat(programme.visitorApi.post("/api/v1/addresses/" + programme.addressId(address) + "/visits",
                    visit(List.of(member("Geheime Naam", 1970, "MAIN_RESIDENT", true)), null)).status()).isEqualTo(201);
        }
        var corporationUser = user(corporation);
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", corporationUser.id(), "roles", List.of("PARTNER")));
        var remarks = api(corporationUser.username()).get("/api/v1/programmes/" + programme.id + "/housing-remarks");
        assertThat(remarks.status()).isEqualTo(200);
        assertThat(remarks.json().get("total").asInt()).as("an owner-occupied or unmarked dwelling is not the corporation's")
                .isOne();
        assertThat(remarks.json().get("items").get(0).get("address").asString()).isEqualTo("Spoorstraat 2");
        assertThat(remarks.json().get("items").get(0).get("text").asString()).isEqualTo("Lekkage in de badkamer");
        assertThat(remarks.body()).doesNotContain("Geheime Naam");
        var corporationCouncil = user(organisation("HOUSING_CORPORATION"));
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", corporationCouncil.id(), "roles", List.of("COUNCIL")));
        assertThat(api(corporationCouncil.username()).get("/api/v1/programmes/" + programme.id + "/housing-remarks").status())
                .as("a corporation user without a working role in the programme").isEqualTo(403);
        var welfareUser = user(organisation("WELFARE"));
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", welfareUser.id(), "roles", List.of("PARTNER")));
        assertThat(api(welfareUser.username()).get("/api/v1/programmes/" + programme.id + "/housing-remarks").status())
                .isEqualTo(403);
    }

    /** A programme with two corporation partners: "ja" in the list meant the first, the only partner at import time. */
    @Test
    void aSecondCorporationReceivesNoneOfTheFirstCorporationsHousingRemarks() {
        UUID first = organisation("HOUSING_CORPORATION");
        var programme = ProgrammeFixture.create(this, """
                postcode,huisnummer,straat,woonplaats,corporatie
                5701 AB,1,Spoorstraat,Helmond,ja
                5701 AB,2,Spoorstraat,Helmond,ja
                5701 AB,3,Spoorstraat,Helmond,nee
                """, first);
        programme.assignAllToThePair();
        for (String address : List.of("Spoorstraat 1", "Spoorstraat 2", "Spoorstraat 3")) {
            assertThat(programme.visitorApi.post("/api/v1/addresses/" + programme.addressId(address) + "/visits",
                    visit(List.of(member("Geheime Naam", 1970, "MAIN_RESIDENT", true)), null)).status()).isEqualTo(201);
        }
        UUID second = organisation("HOUSING_CORPORATION");
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/partners",
                Map.of("organisationId", second, "priorityResponseDays", 5));
        ApiClient firstStaff = corporationPartner(programme, first);
        ApiClient secondStaff = corporationPartner(programme, second);

        assertThat(remarkedAddresses(firstStaff, programme)).containsExactly("Spoorstraat 1", "Spoorstraat 2");
        assertThat(remarkedAddresses(secondStaff, programme)).as("the second corporation owns none of these dwellings")
                .isEmpty();

        String moved = programme.addressId("Spoorstraat 2");
        var corrected = programme.coordinator.put("/api/v1/addresses/" + moved + "/corporation",
                Map.of("corporationId", second));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("corporationId").asString()).isEqualTo(second.toString());
        assertThat(auditCount("UPDATE", "Address", moved)).isOne();
        assertThat(remarkedAddresses(firstStaff, programme)).containsExactly("Spoorstraat 1");
        assertThat(remarkedAddresses(secondStaff, programme)).containsExactly("Spoorstraat 2");
    }

    @Test
    void aResidentWhoWithdrewHousingConsentForTheCorporationHasNoRemarksHandedOver() {
        UUID corporation = organisation("HOUSING_CORPORATION");
        var programme = ProgrammeFixture.create(this, """
                postcode,huisnummer,straat,woonplaats,corporatie
                5701 AB,1,Spoorstraat,Helmond,ja
                5701 AB,2,Spoorstraat,Helmond,ja
                5701 AB,3,Spoorstraat,Helmond,ja
                """, corporation);
        programme.assignAllToThePair();
        Map<String, String> residents = new HashMap<>();
        for (String address : List.of("Spoorstraat 1", "Spoorstraat 2", "Spoorstraat 3")) {
            var visit = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId(address) + "/visits",
                    visit(List.of(member("Bewoner " + address, 1970, "MAIN_RESIDENT", true),
                            member("Partner " + address, 1972, "PARTNER", true)), null));
            assertThat(visit.status()).isEqualTo(201);
            residents.put(address, visit.json().get("members").get(1).get("id").asString());
        }
        UUID otherOrganisation = organisation("HOUSING_CORPORATION");
        consent(programme, residents.get("Spoorstraat 1"), corporation, false);
        consent(programme, residents.get("Spoorstraat 2"), otherOrganisation, false);
        consent(programme, residents.get("Spoorstraat 3"), corporation, false);
        consent(programme, residents.get("Spoorstraat 3"), corporation, true);

        assertThat(remarkedAddresses(corporationPartner(programme, corporation), programme))
                .as("the latest HOUSING record for this corporation counts; another organisation's does not")
                .containsExactly("Spoorstraat 2", "Spoorstraat 3");
    }

    private void consent(ProgrammeFixture programme, String personId, UUID organisationId, boolean given) {
        var recorded = programme.visitorApi.post("/api/v1/persons/" + personId + "/consents", Map.of(
                "organisationId", organisationId, "purpose", "HOUSING", "given", given, "method", "VERBAL",
                "date", LocalDate.now().toString()));
        assertThat(recorded.status()).isEqualTo(201);
    }

    private ApiClient corporationPartner(ProgrammeFixture programme, UUID corporation) {
        var staff = user(corporation);
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", staff.id(), "roles", List.of("PARTNER")));
        return api(staff.username());
    }

    private static List<String> remarkedAddresses(ApiClient corporationStaff, ProgrammeFixture programme) {
        var remarks = corporationStaff.get("/api/v1/programmes/" + programme.id + "/housing-remarks");
        assertThat(remarks.status()).isEqualTo(200);
        List<String> addresses = new ArrayList<>();
        remarks.json().get("items").forEach(r -> addresses.add(r.get("address").asString()));
        return addresses.stream().sorted().toList();
    }
}

package nl.voordeur.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;

class ProgrammeTests extends HttpTest {

    @Test
    void aCoordinatorCreatesAProgrammeBecomesItsCoordinatorAndSeesIt() {
        var coordinator = user(organisation("WELFARE"), "COORDINATOR");
        var api = api(coordinator.username());
        var created = api.post("/api/v1/programmes", programmeBody("Annawijk " + UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();

        var read = api.get("/api/v1/programmes/" + id);
        assertThat(read.json().get("budgetEuros").asInt()).isEqualTo(64395);
        assertThat(read.json().get("plannedVisits").asInt()).isEqualTo(160);
        assertThat(read.json().get("status").asString()).isEqualTo("IN_PREPARATION");
        assertThat(api.get("/api/v1/programmes").body()).contains(id);
        assertThat(auditCount("CREATE", "Programme", id)).isOne();
    }

    @Test
    void someoneWithoutARoleInTheProgrammeIsToldItDoesNotExist() {
        String id = admin().post("/api/v1/programmes", programmeBody("Geheim " + UUID.randomUUID())).json().get("id").asString();
        var outsider = api(user(organisation("WELFARE")).username());
        assertThat(outsider.get("/api/v1/programmes/" + id).status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/programmes").body()).doesNotContain(id);
        assertThat(outsider.post("/api/v1/programmes", programmeBody("x")).status()).isEqualTo(403);
    }

    @Test
    void invalidProgrammesAreRefusedWithTheFieldNamed() {
        var body = programmeBody("Verkeerd");
        body.put("endDate", "2017-01-01");
        var response = admin().post("/api/v1/programmes", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("endDate");
        body = programmeBody("Verkeerd");
        body.put("targetParticipationPct", 170);
        assertThat(admin().post("/api/v1/programmes", body).json().get("errors").get(0).get("field").asString())
                .isEqualTo("targetParticipationPct");
    }

    @Test
    void kernteamMembersAndPartnersAreAddedRemovedAndAudited() {
        ApiClient admin = admin();
        String id = admin.post("/api/v1/programmes", programmeBody("Kernteam " + UUID.randomUUID())).json().get("id").asString();
        UUID wocom = organisation("HOUSING_CORPORATION");
        var visitor = user(wocom);

        assertThat(admin.post("/api/v1/programmes/" + id + "/members",
                Map.of("userId", visitor.id(), "roles", List.of("VISITOR"))).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/programmes/" + id + "/partners",
                Map.of("organisationId", wocom, "priorityResponseDays", 5)).status()).isEqualTo(201);

        var members = admin.get("/api/v1/programmes/" + id + "/members").json();
        assertThat(members.get("total").asInt()).isOne();
        assertThat(members.get("items").get(0).get("roles").get(0).asString()).isEqualTo("VISITOR");
        var partners = admin.get("/api/v1/programmes/" + id + "/partners").json();
        assertThat(partners.get("items").get(0).get("priorityResponseDays").asInt()).isEqualTo(5);

        // the new member now sees the programme
        assertThat(api(visitor.username()).get("/api/v1/programmes/" + id).status()).isEqualTo(200);

        assertThat(admin.delete("/api/v1/programmes/" + id + "/members/" + visitor.id()).status()).isEqualTo(204);
        assertThat(api(visitor.username()).get("/api/v1/programmes/" + id).status()).isEqualTo(404);
        assertThat(auditCount("UPDATE", "ProgrammeMember", visitor.id().toString())).isOne();
        assertThat(auditCount("DELETE", "ProgrammeMember", visitor.id().toString())).isOne();
        assertThat(auditCount("UPDATE", "Partner", wocom.toString())).isOne();
    }

    @Test
    void nobodyChangesTheirOwnRolesAndOnlyAnAdministratorAppointsOrRemovesThePrivacyOfficer() {
        var programme = ProgrammeFixture.create(this, "postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n");
        String members = "/api/v1/programmes/" + programme.id + "/members";
        UUID coordinatorId = UUID.fromString(programme.coordinator.get("/api/v1/users/me").json().get("id").asString());

        var self = programme.coordinator.post(members, Map.of("userId", coordinatorId, "roles", List.of("COORDINATOR", "CASE_MANAGER")));
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.json().get("errors").get(0).get("field").asString()).isEqualTo("userId");
        assertThat(self.json().get("detail").asString()).contains("eigen rollen");
        assertThat(programme.coordinator.delete(members + "/" + coordinatorId).status()).isEqualTo(422);
        var adminUser = admin().get("/api/v1/users/me").json().get("id").asString();
        assertThat(admin().post(members, Map.of("userId", adminUser, "roles", List.of("CASE_MANAGER"))).status())
                .as("the administrator neither").isEqualTo(422);

        var officer = user(organisation("MUNICIPALITY"));
        var byCoordinator = programme.coordinator.post(members, Map.of("userId", officer.id(), "roles", List.of("PRIVACY_OFFICER")));
        assertThat(byCoordinator.status()).isEqualTo(422);
        assertThat(byCoordinator.json().get("detail").asString()).contains("beheerder");
        assertThat(admin().post(members, Map.of("userId", officer.id(), "roles", List.of("PRIVACY_OFFICER"))).status()).isEqualTo(201);
        assertThat(programme.coordinator.post(members, Map.of("userId", officer.id(), "roles", List.of("VISITOR"))).status())
                .as("nor take the role away").isEqualTo(422);
        assertThat(programme.coordinator.delete(members + "/" + officer.id()).status()).isEqualTo(422);
        assertThat(programme.coordinator.get(members).body()).contains("PRIVACY_OFFICER");

        var colleague = user(organisation("WELFARE"));
        assertThat(programme.coordinator.post(members, Map.of("userId", colleague.id(), "roles", List.of("CASE_MANAGER"))).status())
                .as("granting someone else stays the coordinator's job").isEqualTo(201);
    }

    @Test
    void aGrantThatOpensFilesWaitsForThePrivacyOfficersReview() {
        var programme = ProgrammeFixture.create(this, "postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n");
        var other = ProgrammeFixture.create(this, "postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n");
        String members = "/api/v1/programmes/" + programme.id + "/members";
        var officer = user(organisation("MUNICIPALITY"));
        var otherOfficer = user(organisation("MUNICIPALITY"));
        assertThat(admin().post(members, Map.of("userId", officer.id(), "roles", List.of("PRIVACY_OFFICER"))).status()).isEqualTo(201);
        assertThat(admin().post("/api/v1/programmes/" + other.id + "/members",
                Map.of("userId", otherOfficer.id(), "roles", List.of("PRIVACY_OFFICER"))).status()).isEqualTo(201);
        UUID welfare = organisation("WELFARE");
        var caseManager = user(welfare);
        var visitor = user(welfare);
        var council = user(organisation("MUNICIPALITY"));
        programme.coordinator.post(members, Map.of("userId", caseManager.id(), "roles", List.of("CASE_MANAGER")));
        var outsider = programme.coordinator.post(members, Map.of("userId", visitor.id(), "roles", List.of("VISITOR")));
        assertThat(outsider.status()).as("a visitor from outside the kernteam's organisations").isEqualTo(422);
        assertThat(outsider.json().get("detail").asString()).contains("ketenpartner");
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/partners",
                Map.of("organisationId", welfare, "priorityResponseDays", 5));
        assertThat(programme.coordinator.post(members, Map.of("userId", visitor.id(), "roles", List.of("VISITOR"))).status())
                .as("once the organisation is a partner").isEqualTo(201);
        programme.coordinator.post(members, Map.of("userId", caseManager.id(), "roles", List.of("CASE_MANAGER", "VISITOR")));
        assertThat(programme.coordinator.post(members, Map.of("userId", council.id(), "roles", List.of("COUNCIL"))).status()).isEqualTo(201);
        var councilVisits = admin().post(members, Map.of("userId", council.id(), "roles", List.of("COUNCIL", "VISITOR")));
        assertThat(councilVisits.status()).as("a council account never opens files, not even by the administrator").isEqualTo(422);

        ApiClient po = api(officer.username());
        var waiting = po.get("/api/v1/role-grants").json();
        // the fixture's two visitors, the officer's own appointment, the case manager, the visitor, and the case
        // manager's visitor role: every grant that opens files, each once; the council grant opens none
        assertThat(waiting.get("total").asInt()).isEqualTo(6);
        var grant = java.util.stream.StreamSupport.stream(waiting.get("items").spliterator(), false)
                .filter(g -> g.get("userId").asString().equals(caseManager.id().toString())).findFirst().orElseThrow();
        assertThat(grant.get("roles").toString()).isEqualTo("[\"CASE_MANAGER\"]");
        assertThat(grant.get("grantedByName").asString()).startsWith("Test ");
        assertThat(waiting.toString()).as("a visitor's grant is reviewed too").contains(visitor.id().toString());
        assertThat(waiting.toString()).doesNotContain(council.id().toString());
        assertThat(pages(officer.username()).get("/").body()).contains("6 roltoekenningen te beoordelen");
        assertThat(pages(officer.username()).get("/role-grants").body()).contains("Casemanager");
        assertThat(api(otherOfficer.username()).get("/api/v1/role-grants").body()).doesNotContain(caseManager.id().toString());
        assertThat(programme.coordinator.get("/api/v1/role-grants").status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE user_id = ? AND action = 'LIST' AND record_type = 'RoleGrant' "
                + "AND details LIKE ?").params(officer.id(), "%" + grant.get("id").asString() + "%").query(Long.class).single())
                .as("the list is audited, naming what it showed").isPositive();

        String id = grant.get("id").asString();
        assertThat(api(otherOfficer.username()).post("/api/v1/role-grants/" + id + "/review", Map.of()).status())
                .as("another programme's officer").isEqualTo(404);
        assertThat(po.post("/api/v1/role-grants/" + id + "/review", Map.of()).status()).isEqualTo(204);
        assertThat(po.post("/api/v1/role-grants/" + id + "/review", Map.of()).status()).isEqualTo(422);
        assertThat(po.get("/api/v1/role-grants").json().get("total").asInt()).isEqualTo(5);
        assertThat(auditCount("UPDATE", "RoleGrant", id)).isOne();
    }

    @Test
    void aVisitorInTheProgrammeCannotChangeIt() {
        String id = admin().post("/api/v1/programmes", programmeBody("Alleen lezen " + UUID.randomUUID())).json().get("id").asString();
        var visitor = user(organisation("WELFARE"));
        admin().post("/api/v1/programmes/" + id + "/members", Map.of("userId", visitor.id(), "roles", List.of("VISITOR")));
        var api = api(visitor.username());
        assertThat(api.get("/api/v1/programmes/" + id).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/programmes/" + id + "/partners",
                Map.of("organisationId", organisation("OTHER"), "priorityResponseDays", 5)).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/programmes/" + id + "/status", Map.of("status", "RUNNING")).status()).isEqualTo(403);
    }

    @Test
    void concurrentEditsOfAProgrammeDoNotOverwriteEachOther() {
        String id = admin().post("/api/v1/programmes", programmeBody("Versie " + UUID.randomUUID())).json().get("id").asString();
        var first = programmeBody("Versie A");
        first.put("version", 0);
        var second = programmeBody("Versie B");
        second.put("version", 0);
        assertThat(admin().put("/api/v1/programmes/" + id, first).status()).isEqualTo(200);
        assertThat(admin().put("/api/v1/programmes/" + id, second).status()).isEqualTo(409);
        assertThat(admin().get("/api/v1/programmes/" + id).json().get("name").asString()).isEqualTo("Versie A");
    }
}

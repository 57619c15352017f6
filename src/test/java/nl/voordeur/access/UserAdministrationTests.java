package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.HttpTest;

class UserAdministrationTests extends HttpTest {

    @Test
    void rolesGivenForEveryProgrammeAtCreationWaitForReviewAndACouncilAccountOpensNoFiles() {
        TestUser caseManager = user(organisation("WELFARE"), "CASE_MANAGER", "SAFETY_OFFICER");
        assertThat(jdbc.sql("SELECT roles FROM programme.role_grant WHERE user_id = ? AND programme_id IS NULL AND reviewed_at IS NULL")
                .param(caseManager.id()).query(String.class).single()).isEqualTo("{CASE_MANAGER,SAFETY_OFFICER}");
        var waiting = api("privacy_officer").get("/api/v1/role-grants?size=200");
        assertThat(waiting.status()).isEqualTo(200);
        assertThat(pages("privacy_officer").get("/role-grants").body()).contains("Alle programma");

        var mixed = admin().post("/api/v1/users", Map.of("username", "raad-" + UUID.randomUUID().toString().substring(0, 8),
                "password", PASSWORD, "displayName", "Raadslid", "organisationId", organisation("MUNICIPALITY"),
                "roles", List.of("COUNCIL", "VISITOR")));
        assertThat(mixed.status()).isEqualTo(422);
        assertThat(mixed.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
        TestUser council = user(organisation("MUNICIPALITY"), "COUNCIL");
        String programme = admin().post("/api/v1/programmes", programmeBody("Raad " + UUID.randomUUID())).json().get("id").asString();
        assertThat(admin().post("/api/v1/programmes/" + programme + "/members",
                Map.of("userId", council.id(), "roles", List.of("VISITOR"))).status()).isEqualTo(422);
    }

    @Test
    void adminCreatesOrganisationAndUserThroughTheApiAndBothAreAudited() {
        UUID org = organisation("HOUSING_CORPORATION");
        assertThat(auditCount("CREATE", "Organisation", org.toString())).isOne();
        var user = user(org, "VISITOR");
        assertThat(auditCount("CREATE", "UserAccount", user.id().toString())).isOne();

        var read = admin().get("/api/v1/users/" + user.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("username").asString()).isEqualTo(user.username());
        assertThat(read.body()).doesNotContain("password");
        assertThat(auditCount("READ", "UserAccount", user.id().toString())).isOne();
    }

    @Test
    void readingAUserPageLeavesAnAuditEntryNamingWhoReadItAndFromWhere() {
        var user = user(organisation("WELFARE"), "CASE_MANAGER");
        var page = pages("admin").get("/admin/users/" + user.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(user.username());
        var entry = jdbc.sql("""
                SELECT username, channel, client_address FROM audit.audit_entry
                WHERE action = 'READ' AND record_type = 'UserAccount' AND record_id = ?""")
                .param(user.id().toString()).query().singleRow();
        assertThat(entry).containsEntry("username", "admin").containsEntry("channel", "PAGE");
        assertThat((String) entry.get("client_address")).isNotBlank();
    }

    @Test
    void theUserListIsOneAuditEntryNamingEveryUserShown() {
        user(organisation("WELFARE"), "VISITOR");
        var list = admin().get("/api/v1/users?size=50");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isGreaterThanOrEqualTo(10);
        List<String> shown = list.json().get("items").findValuesAsString("id");
        assertThat(shown).hasSize(50);
        String details = jdbc.sql("""
                SELECT details FROM audit.audit_entry WHERE action = 'LIST' AND record_type = 'UserAccount'
                ORDER BY id DESC LIMIT 1""").query(String.class).single();
        assertThat(details.substring("shown=".length()).split(",")).containsExactlyElementsOf(shown);
    }

    @Test
    void nonAdministratorsCannotListOrCreateUsersAndTheDenialIsAudited() {
        var visitor = api("visitor");
        assertThat(visitor.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(visitor.post("/api/v1/organisations", Map.of("name", "Nope", "kind", "OTHER")).status()).isEqualTo(403);
        assertThat(pages("visitor").get("/admin/users").status()).isEqualTo(403);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit.audit_entry
                WHERE action = 'ACCESS_DENIED' AND username = 'visitor' AND details = 'GET /api/v1/users'""")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void everyUserMayReadTheirOwnRecordButNotSomeoneElses() {
        var visitor = api("visitor");
        assertThat(visitor.get("/api/v1/users/me").json().get("username").asString()).isEqualTo("visitor");
        var other = user(organisation("WELFARE"), "VISITOR");
        assertThat(visitor.get("/api/v1/users/" + other.id()).status()).isEqualTo(403);
    }

    @Test
    void weakPasswordsDuplicateNamesAndUnknownOrganisationsAreRefusedWithTheFieldNamed() {
        UUID org = organisation("WELFARE");
        var tooShort = admin().post("/api/v1/users", Map.of("username", "u-short-" + UUID.randomUUID().toString().substring(0, 6),
                "password", "short", "displayName", "X", "organisationId", org, "roles", List.of()));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.json().get("errors").get(0).get("field").asString()).isEqualTo("password");

        var common = admin().post("/api/v1/users", Map.of("username", "u-common-" + UUID.randomUUID().toString().substring(0, 6),
                "password", "password123456", "displayName", "X", "organisationId", org, "roles", List.of()));
        assertThat(common.status()).isEqualTo(422);

        var unicode = admin().post("/api/v1/users", Map.of("username", "u-unicode-" + UUID.randomUUID().toString().substring(0, 6),
                "password", "ĳsvogel🐦".repeat(7) + "é", "displayName", "X", "organisationId", org, "roles", List.of()));
        assertThat(unicode.status()).isEqualTo(201);

        var duplicate = admin().post("/api/v1/users", Map.of("username", "admin", "password", PASSWORD,
                "displayName", "X", "organisationId", org, "roles", List.of()));
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("username");

        var noOrg = admin().post("/api/v1/users", Map.of("username", "u-noorg-" + UUID.randomUUID().toString().substring(0, 6),
                "password", PASSWORD, "displayName", "X", "organisationId", UUID.randomUUID(), "roles", List.of()));
        assertThat(noOrg.status()).isEqualTo(422);
        assertThat(noOrg.json().get("errors").get(0).get("field").asString()).isEqualTo("organisationId");
    }

    @Test
    void aDisabledUserCanNoLongerLogInOrUseATokenAndAStaleDisableIsAConflict() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var token = api(user.username());
        var page = pages("admin");
        page.get("/admin/users/" + user.id());
        var stale = page.postForm("/admin/users/" + user.id() + "/enabled", Map.of("enabled", "false", "version", "99"));
        assertThat(stale.status()).isEqualTo(409);
        var disabled = page.postForm("/admin/users/" + user.id() + "/enabled", Map.of("enabled", "false", "version", "0"));
        assertThat(disabled.status()).isEqualTo(302);
        assertThat(token.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(anonymousApi().post("/api/v1/auth/token", Map.of("username", user.username(), "password", PASSWORD))
                .status()).isEqualTo(401);
    }

    @Test
    void theAdminPagesShowFieldErrorsInDutch() {
        var page = pages("admin");
        page.get("/admin/organisations");
        var result = page.postForm("/admin/organisations", Map.of("name", "", "kind", ""));
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("Controleer het formulier").contains("aria-invalid=\"true\"");
    }
}

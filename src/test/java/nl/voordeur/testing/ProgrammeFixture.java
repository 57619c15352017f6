package nl.voordeur.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.voordeur.testing.HttpTest.TestUser;

/**
 * A programme with a coordinator, two visitors (a pair) and an imported address list, built
 * through the public API as a coordinator would.
 */
public final class ProgrammeFixture {

    public final String id;
    public final ApiClient coordinator;
    public final TestUser visitor;
    public final TestUser partnerVisitor;
    public final ApiClient visitorApi;

    private ProgrammeFixture(String id, ApiClient coordinator, TestUser visitor, TestUser partnerVisitor, ApiClient visitorApi) {
        this.id = id;
        this.coordinator = coordinator;
        this.visitor = visitor;
        this.partnerVisitor = partnerVisitor;
        this.visitorApi = visitorApi;
    }

    public static ProgrammeFixture create(HttpTest test, String csv) {
        return create(test, csv, new UUID[0]);
    }

    /** As {@link #create(HttpTest, String)}, with these partner organisations added before the list is imported. */
    public static ProgrammeFixture create(HttpTest test, String csv, UUID... partners) {
        return create(test, csv, "WELFARE", partners);
    }

    /** A programme whose coordinator and visitors work for an organisation of this kind. */
    public static ProgrammeFixture create(HttpTest test, String csv, String organisationKind, UUID... partners) {
        UUID org = test.organisation(organisationKind);
        ApiClient coordinator = test.api(test.user(org, "COORDINATOR").username());
        String id = coordinator.post("/api/v1/programmes", HttpTest.programmeBody("Fixture " + UUID.randomUUID()))
                .json().get("id").asString();
        TestUser visitor = test.user(org);
        TestUser partner = test.user(org);
        for (TestUser v : List.of(visitor, partner)) {
            var added = coordinator.post("/api/v1/programmes/" + id + "/members", Map.of("userId", v.id(), "roles", List.of("VISITOR")));
            if (added.status() != 201) throw new AssertionError(added.body());
        }
        for (UUID organisation : partners) {
            var added = coordinator.post("/api/v1/programmes/" + id + "/partners",
                    Map.of("organisationId", organisation, "priorityResponseDays", 5));
            if (added.status() >= 300) throw new AssertionError(added.body());
        }
        var imported = coordinator.postRaw("/api/v1/programmes/" + id + "/addresses/import?dryRun=false", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        if (imported.status() != 200) throw new AssertionError(imported.body());
        return new ProgrammeFixture(id, coordinator, visitor, partner, test.api(visitor.username()));
    }

    /** The ids of all addresses in register order. */
    public List<String> addressIds() {
        var items = coordinator.get("/api/v1/programmes/" + id + "/addresses?size=200").json().get("items");
        return java.util.stream.StreamSupport.stream(items.spliterator(), false).map(i -> i.get("id").asString()).toList();
    }

    public String addressId(String search) {
        return coordinator.get("/api/v1/programmes/" + id + "/addresses?q=" + search.replace(" ", "%20"))
                .json().get("items").get(0).get("id").asString();
    }

    /** Assigns every address to the visitor pair. */
    public void assignAllToThePair() {
        var response = coordinator.post("/api/v1/programmes/" + id + "/assignments",
                Map.of("visitorIds", List.of(visitor.id(), partnerVisitor.id()), "addressIds", addressIds()));
        if (response.status() != 200) throw new AssertionError(response.body());
    }
}
